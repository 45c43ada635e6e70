import { controlCharacters } from '../../schema/characters.js';
import { asList, parser, type XmlNode } from '../../ooxml/xml-parser.js';
import { internalRelationships as relationships } from '../../ooxml/relationships.js';
import { relsOf, resolveTarget } from '../../ooxml/part-name.js';

/**
 * What is too long, too tall or too large to be a logo. A wordmark is rarely
 * wider than 5:1 (the Microsoft logo in msgraph-training.potx is 4:1, the
 * Mecanon logo 2.6:1); in the deck's corner box (1.6 × 0.42 in) a 6:1 picture
 * is already only 0.27 in tall, and anything longer is a strip or a rule
 * (a 1921×40 band is 48:1). Taller than 1:3 would be under 0.14 in wide there:
 * a vertical bar. A picture over a quarter of the slide is a background or
 * artwork (a logo on a master covers a few per cent).
 */
export const LOGO_SHAPE = { widest: 6, tallest: 3, maxShareOfSlide: 0.25 } as const;

const PICTURE_PARTS = /^ppt\/(slideMasters|slideLayouts)\/[^/]+\.xml$/;
const DEFAULT_SLIDE = { cx: 12192000, cy: 6858000 };

/** Why a picture of this shape is not a logo, or undefined when it may be one. */
export function notALogo(width: number, height: number, shareOfSlide = 0): string | undefined {
  if (width > LOGO_SHAPE.widest * height) return `a strip, ${(width / height).toFixed(1)}:1`;
  if (height > LOGO_SHAPE.tallest * width) return `a bar, 1:${(height / width).toFixed(1)}`;
  if (shareOfSlide > LOGO_SHAPE.maxShareOfSlide)
    return `a background or artwork, covering ${Math.round(shareOfSlide * 100)} % of the slide`;
  return undefined;
}

/** A picture that may be the logo: where it is shown, and on how many masters and layouts. */
export interface LogoCandidate {
  media: string;
  /** The first master or layout that shows it, and its name ("layout \"Title Slide\""). */
  part: string;
  place: string;
  /** Masters and layouts that show it; a picture on a master counts for each layout of the master. */
  shownOn: number;
}

/**
 * The pictures on the masters and layouts that may be the logo, most likely
 * first: the one shown on the most layouts (a logo repeats; a photo or an
 * illustration is shown once), then the largest as shown. And those refused
 * for their shape, with why.
 */
export function logoCandidates(
  names: readonly string[],
  text: (part: string) => string,
): { candidates: LogoCandidate[]; refused: { media: string; why: string }[] } {
  const slide = slideSize(text('ppt/presentation.xml'));
  const uses: { part: string; media: string; cx: number; cy: number; why?: string }[] = [];
  const weight = new Map<string, number>();
  for (const part of names.filter((n) => PICTURE_PARTS.test(n)).sort(byNumber)) {
    const rels = relationships(text(relsOf(part)));
    weight.set(
      part,
      1 + (part.includes('slideMasters') ? rels.filter((r) => r.type.endsWith('/slideLayout')).length : 0),
    );
    const targets = new Map(rels.map((r) => [r.id, r.target]));
    for (const pic of pictures(parser.parse(text(part)))) {
      const target = targets.get(pic.embed);
      const media = target === undefined ? undefined : resolveTarget(part, target);
      if (!media) continue;
      const why = notALogo(pic.cx, pic.cy, (pic.cx * pic.cy) / (slide.cx * slide.cy));
      uses.push({ part, media, cx: pic.cx, cy: pic.cy, ...(why ? { why } : {}) });
    }
  }
  const media = [...new Set(uses.map((u) => u.media))];
  const candidates: (LogoCandidate & { area: number })[] = [];
  const refused: { media: string; why: string }[] = [];
  for (const m of media) {
    const fit = uses.filter((u) => u.media === m && !u.why);
    const first = fit[0];
    if (!first) {
      const largest = uses.filter((u) => u.media === m).sort((a, b) => b.cx * b.cy - a.cx * a.cy)[0];
      refused.push({ media: m, why: largest?.why ?? '' });
      continue;
    }
    const parts = [...new Set(fit.map((u) => u.part))];
    candidates.push({
      media: m,
      part: first.part,
      place: placeOf(first.part, text(first.part)),
      shownOn: parts.reduce((n, p) => n + (weight.get(p) ?? 1), 0),
      area: Math.max(...fit.map((u) => u.cx * u.cy)),
    });
  }
  candidates.sort((a, b) => b.shownOn - a.shownOn || b.area - a.area || (a.media < b.media ? -1 : 1));
  return { candidates: candidates.map(({ area: _, ...c }) => c), refused };
}

function slideSize(xml: string): { cx: number; cy: number } {
  const size = ((parser.parse(xml || '<x/>') as XmlNode).presentation as XmlNode | undefined)?.sldSz as
    XmlNode | undefined;
  const [cx, cy] = [Number(size?.['@cx']), Number(size?.['@cy'])];
  return cx > 0 && cy > 0 ? { cx, cy } : DEFAULT_SLIDE;
}

/** slideLayout2 before slideLayout10. */
function byNumber(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** `layout "Title Slide"`, `master "Office Theme"`: the part as PowerPoint names it. */
function placeOf(part: string, xml: string): string {
  const root = parser.parse(xml) as XmlNode;
  const node = (root.sldLayout ?? root.sldMaster) as XmlNode | undefined;
  const name = (node?.cSld as XmlNode | undefined)?.['@name'];
  const kind = part.includes('slideMasters') ? 'master' : 'layout';
  const shown = typeof name === 'string' ? name.replace(controlCharacters(), '').trim().slice(0, 60) : '';
  return shown ? `${kind} "${shown}"` : kind;
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
