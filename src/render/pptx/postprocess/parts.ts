import JSZip from 'jszip';

/**
 * The parts of an OPC package (a .pptx or its embedded .xlsx) by name, read
 * from a zip and written back deterministically: fixed entry dates, a fixed
 * order ([Content_Types].xml first), no directory entries, deflated.
 */
export class Parts {
  private readonly map = new Map<string, Uint8Array>();

  static async read(zip: Uint8Array): Promise<Parts> {
    const parts = new Parts();
    const archive = await JSZip.loadAsync(zip);
    for (const entry of Object.values(archive.files)) {
      if (entry.dir) continue;
      parts.map.set(entry.name, await entry.async('uint8array'));
    }
    return parts;
  }

  names(): string[] {
    return [...this.map.keys()];
  }

  has(name: string): boolean {
    return this.map.has(name);
  }

  bytes(name: string): Uint8Array | undefined {
    return this.map.get(name);
  }

  text(name: string): string | undefined {
    const b = this.map.get(name);
    return b === undefined ? undefined : new TextDecoder().decode(b);
  }

  set(name: string, content: string | Uint8Array): void {
    this.map.set(name, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  delete(name: string): void {
    this.map.delete(name);
  }

  /** Applies `fix` to every XML part (.xml and .rels) whose name matches. */
  editXml(match: RegExp, fix: (xml: string, name: string) => string): void {
    for (const name of this.names()) {
      if (!match.test(name) || !/\.(xml|rels)$/.test(name)) continue;
      const before = this.text(name) ?? '';
      const after = fix(before, name);
      if (after !== before) this.set(name, after);
    }
  }

  async write(date: Date): Promise<Buffer> {
    const zip = new JSZip();
    for (const name of [...this.map.keys()].sort(partOrder)) {
      zip.file(name, this.map.get(name) ?? new Uint8Array(), { date, createFolders: false });
    }
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
  }
}

const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/** Content types first, then the package relationships, then every part by name. */
function partOrder(a: string, b: string): number {
  const ia = FIRST.indexOf(a);
  const ib = FIRST.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? FIRST.length : ia) - (ib < 0 ? FIRST.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}
