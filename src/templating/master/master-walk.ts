import { controlCharacters } from '../../schema/characters.js';
import { readContentTypes } from '../../ooxml/content-types.js';
import { relativeTarget, relsOf, resolveTarget } from '../../ooxml/part-name.js';
import { PACKAGE_LIMITS } from '../../ooxml/read-package.js';
import { keptXmlRefusal } from '../../ooxml/xml-safety.js';
import { judgePart, keptKind, kindWord, type KeptKind } from './keep-part.js';
import { partText, relationships, type PartMap as Parts } from '../../ooxml/package-read.js';
import { withoutRefs } from './without-refs.js';
import { relsXml, type WrittenRelationship } from '../../ooxml/relationships.js';

/** What a master's pictures may take in all: master.potx stays under the 40 MiB a template's master may have. */
export const MASTER_PICTURE_BYTES = 32 * 1024 * 1024;
const MiB = 1024 * 1024;
/** A relationship id as PowerPoint writes them (an XML name): anything else is not copied. */
const ID = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
const encoder = new TextEncoder();

/** What a left-out relationship was, for the note. */
function kindOf(type: string, external: boolean): string {
  if (external) return 'links to outside the file';
  if (/oleObject|package/.test(type)) return 'embedded objects (OLE)';
  if (/activeX|control/.test(type)) return 'ActiveX controls';
  if (/vbaProject/.test(type)) return 'macros';
  if (/tags/.test(type)) return 'tags';
  if (/customXml/.test(type)) return 'custom XML';
  if (/audio|video|media/.test(type)) return 'sound and video';
  return `parts of type ${shown(type.replace(/^.*\//, ''))}`;
}

/** A name from the package as a note shows it: no control character, not endless. */
export function shown(s: string): string {
  const clean = s.replace(controlCharacters(), '');
  return clean.length > 100 ? `${clean.slice(0, 100)}…` : clean;
}

/**
 * The walk from the slide masters through the relationships that are kept
 * (layouts, themes, pictures), each part judged once (keep-part.ts). Kept
 * parts and the relationships written for them go to `out`; what is left
 * out, by kind (`left`) or by part with why (`refused`), to the notes.
 */
export class MasterWalk {
  readonly out = new Map<string, Uint8Array>();
  readonly refused = new Map<string, string>();
  readonly left = new Set<string>();
  private readonly kept = new Map<string, { name: string; kind: KeptKind }>();
  private readonly queue: string[] = [];
  private readonly typeOf: (part: string) => string | undefined;
  private pictureBytes = 0;
  private pictures = 0;

  constructor(
    private readonly parts: Parts,
    private readonly oversized: readonly string[],
  ) {
    this.typeOf = readContentTypes(partText(parts, '[Content_Types].xml'));
  }

  /** The name `target` is kept under, or undefined (and why, in `refused`). */
  keep(target: string, kind: KeptKind, from: string): string | undefined {
    const known = this.kept.get(target);
    if (known) return known.kind === kind ? known.name : undefined;
    if (this.refused.has(target)) return undefined;
    const refuse = (why: string) => {
      this.refused.set(target, `${shown(target)}, a ${kindWord(kind)} of ${from}: ${why}`);
      return undefined;
    };
    const bytes = this.parts.get(target);
    if (!bytes)
      return this.oversized.includes(target)
        ? refuse(`it is larger than ${PACKAGE_LIMITS.entryBytes / MiB} MiB`)
        : undefined;
    const judged = judgePart(target, bytes, kind, this.typeOf(target));
    if ('why' in judged) return refuse(judged.why);
    if (!judged.picture) {
      this.kept.set(target, { name: target, kind });
      this.queue.push(target);
      return target;
    }
    if (this.pictureBytes + bytes.length > MASTER_PICTURE_BYTES)
      return refuse(`the master's pictures would pass ${MASTER_PICTURE_BYTES / MiB} MiB in all`);
    this.pictureBytes += bytes.length;
    // Named by what the bytes are: the name gives the content type, in master.potx and in every deck.
    const name = `ppt/media/image${++this.pictures}.${judged.picture}`;
    this.kept.set(target, { name, kind });
    this.out.set(name, bytes);
    return name;
  }

  /** Copies every part kept so far, and what it keeps in turn. */
  walk(): void {
    for (let part = this.queue.shift(); part !== undefined; part = this.queue.shift()) {
      const kind = this.kept.get(part)?.kind;
      if (kind === 'theme') this.out.set(part, this.parts.get(part) as Uint8Array);
      else this.copy(part, kind);
    }
  }

  /** A master or layout: its kept relationships written again, its references to what is left out taken away. */
  private copy(part: string, kind: KeptKind | undefined): void {
    const dropped = new Set<string>();
    const rels: WrittenRelationship[] = [];
    for (const r of relationships(this.parts, part)) {
      const relKind = r.external ? undefined : keptKind(r.type);
      if (!relKind) this.left.add(kindOf(r.type, r.external));
      const target = relKind ? resolveTarget(part, r.target) : undefined;
      if (relKind && target === undefined)
        this.refused.set(
          `${part} ${r.id}`,
          `${shown(r.target)}, a ${kindWord(relKind)} of ${part}: it names no part inside the file`,
        );
      const name = relKind && target !== undefined ? this.keep(target, relKind, part) : undefined;
      if (!name || !ID.test(r.id)) dropped.add(r.id);
      else rels.push({ id: r.id, type: r.type, target: relativeTarget(part, name) });
    }
    if (kind === 'slideMaster' && !rels.some((r) => keptKind(r.type) === 'theme'))
      throw new Error(`its slide master ${shown(part)} has no theme that can be kept`);
    const text = partText(this.parts, part);
    const edited = withoutRefs(text, dropped);
    // An edited part is checked again: what is written must still be well-formed.
    const xml = edited === text ? (this.parts.get(part) as Uint8Array) : encoder.encode(edited);
    const broken = edited === text ? undefined : keptXmlRefusal(xml);
    if (broken) throw new Error(`its part ${shown(part)} ${broken} once the parts left out are taken from it`);
    this.out.set(part, xml);
    this.out.set(relsOf(part), encoder.encode(relsXml(rels)));
  }
}
