import { XMLParser } from 'fast-xml-parser';
import path from 'node:path';
import { checkImage } from '../image-check.js';
import { readPackage } from './read-package.js';

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

type XmlNode = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: false,
});
const PICTURE_PARTS = /^ppt\/(slideMasters|slideLayouts)\/[^/]+\.xml$/;

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
export async function readCorporateTheme(bytes: Uint8Array): Promise<CorporateTheme> {
  // The XML parts first; pictures are read only once the largest is known.
  const parts = readPackage(bytes, (n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const names = [...parts.keys()];
  const text = (name: string) => new TextDecoder().decode(parts.get(name) ?? new Uint8Array());
  const masters = names.filter((n) => /^ppt\/slideMasters\/slideMaster\d+\.xml$/.test(n)).sort();
  const firstMaster = masters[0];
  if (!firstMaster) throw new Error('it has no slide master: is it a PowerPoint presentation or template?');
  const themeRel = relationships(text(relsOf(firstMaster))).find((r) => r.type.endsWith('/theme'));
  const themePart = themeRel ? resolveTarget(firstMaster, themeRel.target) : 'ppt/theme/theme1.xml';
  const theme = parser.parse(text(themePart)) as XmlNode;
  const elements = (theme.theme as XmlNode | undefined)?.themeElements as XmlNode | undefined;
  const scheme = elements?.clrScheme as XmlNode | undefined;
  if (!scheme) throw new Error(`its theme part (${themePart}) has no colour scheme`);
  const colors: Record<string, string> = {};
  for (const slot of [
    'dk1',
    'lt1',
    'dk2',
    'lt2',
    'accent1',
    'accent2',
    'accent3',
    'accent4',
    'accent5',
    'accent6',
    'hlink',
    'folHlink',
  ]) {
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
  for (const part of names.filter((n) => PICTURE_PARTS.test(n)).sort()) {
    const targets = new Map(relationships(text(relsOf(part))).map((r) => [r.id, r.target]));
    for (const pic of pictures(parser.parse(text(part)))) {
      const target = targets.get(pic.embed);
      if (!target) continue;
      const area = pic.cx * pic.cy;
      if (!best || area > best.area) best = { area, media: resolveTarget(part, target) };
    }
  }
  if (best) {
    const media = readPackage(bytes, (n) => n === best.media).get(best.media);
    const image = media ? checkImage(Buffer.from(media)) : undefined;
    if (media && image?.ok && image.type !== 'svg')
      result.logo = {
        bytes: Buffer.from(media),
        extension: image.type,
        width: image.width,
        height: image.height,
        source: best.media,
      };
    else
      notes.push(
        `the largest picture on the masters (${best.media}) is not a PNG or JPEG of sensible size${image && !image.ok ? ` (${image.reason})` : ''}; add a logo to theme.yaml by hand`,
      );
  } else {
    notes.push('no picture on the slide masters or layouts: no logo imported');
  }
  return result;
}

function relsOf(part: string): string {
  return part.replace(/([^/]+)$/, '_rels/$1.rels');
}

/** The internal relationships of a part, from its .rels part (parsed, never matched with a pattern built from the file). */
function relationships(xml: string): { id: string; type: string; target: string }[] {
  if (!xml) return [];
  const root = (parser.parse(xml) as XmlNode).Relationships as XmlNode | undefined;
  return asList(root?.Relationship)
    .filter((r) => r['@TargetMode'] !== 'External')
    .map((r) => ({ id: String(r['@Id'] ?? ''), type: String(r['@Type'] ?? ''), target: String(r['@Target'] ?? '') }))
    .filter((r) => r.id && r.target);
}

/** Every p:pic in a parsed part, anywhere in its shape tree: its picture relationship id and displayed size. */
function pictures(
  node: unknown,
  out: { embed: string; cx: number; cy: number }[] = [],
): { embed: string; cx: number; cy: number }[] {
  if (Array.isArray(node)) {
    for (const n of node) pictures(n, out);
    return out;
  }
  if (!node || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node as XmlNode)) {
    if (key === 'pic') {
      for (const pic of asList(value)) {
        const embed = ((pic.blipFill as XmlNode | undefined)?.blip as XmlNode | undefined)?.['@embed'];
        const ext = ((pic.spPr as XmlNode | undefined)?.xfrm as XmlNode | undefined)?.ext as XmlNode | undefined;
        const [cx, cy] = [Number(ext?.['@cx']), Number(ext?.['@cy'])];
        if (typeof embed === 'string' && cx > 0 && cy > 0) out.push({ embed, cx, cy });
      }
    } else if (!key.startsWith('@')) {
      pictures(value, out);
    }
  }
  return out;
}

function asList(v: unknown): XmlNode[] {
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is XmlNode => typeof x === 'object' && x !== null,
  );
}
