import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import path from 'node:path';
import { checkImage } from '../image-check.js';

/** What a corporate .pptx/.potx says about its brand. */
export interface CorporateTheme {
  name: string;
  /** dk1, lt1, dk2, lt2, accent1..6, hlink, folHlink as six hex digits. */
  colors: Record<string, string>;
  majorFont?: string;
  minorFont?: string;
  logo?: { bytes: Buffer; extension: 'png' | 'jpeg'; width: number; height: number; source: string };
  /** What was skipped, for the user (a logo in a format ztdeck does not read...). */
  notes: string[];
}

export const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

type XmlNode = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, processEntities: false });

/** A colour slot's value: srgbClr, or sysClr's last computed colour. */
function slotColor(slot: XmlNode | undefined): string | undefined {
  const srgb = (slot?.srgbClr as XmlNode | undefined)?.['@val'];
  const sys = (slot?.sysClr as XmlNode | undefined)?.['@lastClr'];
  const value = typeof srgb === 'string' ? srgb : typeof sys === 'string' ? sys : undefined;
  return value && /^[0-9A-Fa-f]{6}$/.test(value) ? value.toUpperCase() : undefined;
}

function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromPart), target));
}

/**
 * Reads the theme colours and fonts of a PowerPoint file, and its logo: the
 * largest picture on the slide masters and layouts. The file is only read
 * (a zip of XML parts); nothing in it runs.
 */
export async function readCorporateTheme(bytes: Buffer): Promise<CorporateTheme> {
  if (bytes.length > MAX_PACKAGE_BYTES) throw new Error(`the file is larger than ${MAX_PACKAGE_BYTES / 1024 / 1024} MiB`);
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  if (names.length > MAX_ENTRIES) throw new Error('the file has too many parts to be a presentation');
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const masters = names.filter((n) => /^ppt\/slideMasters\/slideMaster\d+\.xml$/.test(n)).sort();
  const firstMaster = masters[0];
  if (!firstMaster) throw new Error('it has no slide master: is it a PowerPoint presentation or template?');
  const masterRels = await text(firstMaster.replace(/([^/]+)$/, '_rels/$1.rels'));
  const themeTarget = /Type="[^"]*\/theme"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/theme"/.exec(masterRels);
  const themePart = themeTarget ? resolveTarget(firstMaster, themeTarget[1] ?? themeTarget[2] ?? '') : 'ppt/theme/theme1.xml';
  const theme = parser.parse(await text(themePart)) as XmlNode;
  const elements = (theme.theme as XmlNode | undefined)?.themeElements as XmlNode | undefined;
  const scheme = elements?.clrScheme as XmlNode | undefined;
  if (!scheme) throw new Error(`its theme part (${themePart}) has no colour scheme`);
  const colors: Record<string, string> = {};
  for (const slot of ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink']) {
    const c = slotColor(scheme[slot] as XmlNode | undefined);
    if (c) colors[slot] = c;
  }
  const fonts = elements?.fontScheme as XmlNode | undefined;
  const typeface = (key: 'majorFont' | 'minorFont') => {
    const v = ((fonts?.[key] as XmlNode | undefined)?.latin as XmlNode | undefined)?.['@typeface'];
    return typeof v === 'string' && v.trim() && !v.startsWith('+') ? v.trim() : undefined;
  };
  const notes: string[] = [];
  const result: CorporateTheme = { name: String(scheme['@name'] ?? 'Imported'), colors, notes };
  const major = typeface('majorFont');
  const minor = typeface('minorFont');
  if (major) result.majorFont = major;
  if (minor) result.minorFont = minor;

  // The logo: the largest picture on the masters and layouts.
  let best: { area: number; media: string } | undefined;
  for (const part of names.filter((n) => /^ppt\/(slideMasters|slideLayouts)\/[^/]+\.xml$/.test(n)).sort()) {
    const xml = await text(part);
    const rels = await text(part.replace(/([^/]+)$/, '_rels/$1.rels'));
    for (const pic of xml.match(/<p:pic>[\s\S]*?<\/p:pic>/g) ?? []) {
      const rid = /r:embed="([^"]+)"/.exec(pic)?.[1];
      const ext = /<a:ext cx="(\d+)" cy="(\d+)"/.exec(pic);
      const target = rid ? new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels) : null;
      if (!target || !ext) continue;
      const area = Number(ext[1]) * Number(ext[2]);
      const media = resolveTarget(part, target[1] ?? target[2] ?? '');
      if (!best || area > best.area) best = { area, media };
    }
  }
  if (best) {
    const media = await zip.file(best.media)?.async('nodebuffer');
    const image = media ? checkImage(media) : undefined;
    if (media && image?.ok && image.type !== 'svg') result.logo = { bytes: media, extension: image.type, width: image.width, height: image.height, source: best.media };
    else notes.push(`the largest picture on the masters (${best.media}) is not a PNG or JPEG of sensible size${image && !image.ok ? ` (${image.reason})` : ''}; add a logo to theme.yaml by hand`);
  } else {
    notes.push('no picture on the slide masters or layouts: no logo imported');
  }
  return result;
}
