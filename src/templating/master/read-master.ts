import { partText, relationships, targets, type PartMap as Parts } from '../../ooxml/package-read.js';
import { attr } from '../../ooxml/xml-text.js';
import { resolveTarget } from '../../ooxml/part-name.js';

/**
 * What a corporate package's slide masters and layouts say about where
 * things go: the slide size, and for each layout its name, type and
 * placeholders with their boxes (a layout's placeholder without a position
 * takes its master's), and the title's size and font.
 */

/** A box in EMU (914400 per inch). */
export interface EmuBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Placeholder {
  /** title, ctrTitle, subTitle, body, obj, dt, ftr, sldNum, pic... (obj when the file names none). */
  type: string;
  idx: number;
  box?: EmuBox;
  /** The size of its text in points, when the layout or master sets one. */
  size?: number;
}

export interface LayoutInfo {
  part: string;
  name: string;
  /** The layout's type (title, obj, titleOnly, secHead...), when it has one. */
  type?: string;
  master: string;
  placeholders: Placeholder[];
  /** The title's size in points, from the layout or its master's text styles. */
  titleSize?: number;
  /** The title's font as written (+mj-lt resolved to the theme's major font). */
  titleFont?: string;
  /** Shapes and pictures that are not placeholders, the master's included unless the layout hides them. */
  decoration: EmuBox[];
}

export interface MasterInfo {
  part: string;
  theme?: string;
  placeholders: Placeholder[];
  layouts: string[];
}

export interface MasterPackage {
  /** The slide size in EMU. */
  size: { cx: number; cy: number };
  /** The presentation part (ppt/presentation.xml). */
  presentation: string;
  masters: MasterInfo[];
  layouts: LayoutInfo[];
}

const SP = /<p:sp>[\s\S]*?<\/p:sp>/g;

/** The start tag of an element; a quoted attribute may hold a > (names such as "Title Slide <blank>"). */
function startTag(xml: string, name: string): string {
  return new RegExp(`<${name}\\b(?:[^>"]|"[^"]*")*>`).exec(xml)?.[0] ?? '';
}

function box(xml: string): EmuBox | undefined {
  const xfrm = /<a:xfrm\b[^>]*>([\s\S]*?)<\/a:xfrm>/.exec(/<p:spPr\b[\s\S]*?<\/p:spPr>/.exec(xml)?.[0] ?? '')?.[1];
  const off = /<a:off\b[^>]*\/>/.exec(xfrm ?? '')?.[0];
  const ext = /<a:ext\b[^>]*\/>/.exec(xfrm ?? '')?.[0];
  if (!off || !ext) return undefined;
  const n = (tag: string, name: string) => Number(attr(tag, name) ?? NaN);
  const b = { x: n(off, 'x'), y: n(off, 'y'), w: n(ext, 'cx'), h: n(ext, 'cy') };
  return Object.values(b).every(Number.isFinite) && b.w > 0 && b.h > 0 ? b : undefined;
}

/** The placeholders of a master or layout, each with the shape's XML. */
function placeholders(xml: string): (Placeholder & { xml: string })[] {
  const out: (Placeholder & { xml: string })[] = [];
  for (const m of xml.matchAll(SP)) {
    const ph = /<p:ph\b[^>]*\/?>/.exec(m[0])?.[0];
    if (!ph) continue;
    const b = box(m[0]);
    const size = firstSize(m[0]);
    out.push({
      type: attr(ph, 'type') ?? 'obj',
      idx: Number(attr(ph, 'idx') ?? 0),
      xml: m[0],
      ...(b ? { box: b } : {}),
      ...(size ? { size } : {}),
    });
  }
  return out;
}

const TITLES = new Set(['title', 'ctrTitle']);
const BODIES = new Set(['body', 'obj', 'subTitle']);

/** The master placeholder a layout placeholder inherits from: by type for title, date, footer and number; else the body. */
function inherited(p: Placeholder, master: readonly Placeholder[]): Placeholder | undefined {
  if (TITLES.has(p.type)) return master.find((m) => TITLES.has(m.type));
  if (BODIES.has(p.type))
    return master.find((m) => BODIES.has(m.type) && m.idx === p.idx) ?? master.find((m) => BODIES.has(m.type));
  return master.find((m) => m.type === p.type);
}

/** The boxes of the shapes and pictures of a master or layout that are not placeholders. */
function decoration(xml: string): EmuBox[] {
  return [...xml.matchAll(/<p:(sp|pic)>[\s\S]*?<\/p:\1>/g)]
    .filter((m) => !/<p:ph\b/.test(m[0]))
    .map((m) => box(m[0]))
    .filter((b): b is EmuBox => b !== undefined);
}

function firstSize(xml: string | undefined): number | undefined {
  const sz = /<a:lvl1pPr\b[\s\S]*?<a:defRPr\b[^>]*\ssz="(\d+)"/.exec(xml ?? '')?.[1];
  return sz ? Number(sz) / 100 : undefined;
}

function firstFont(xml: string | undefined): string | undefined {
  const lvl1 = /<a:lvl1pPr\b[\s\S]*?<\/a:lvl1pPr>/.exec(xml ?? '')?.[0];
  return /<a:latin\b[^>]*typeface="([^"]+)"/.exec(lvl1 ?? '')?.[1];
}

function themeFont(parts: Parts, theme: string | undefined, which: 'major' | 'minor'): string | undefined {
  const block = new RegExp(`<a:${which}Font>[\\s\\S]*?</a:${which}Font>`).exec(partText(parts, theme ?? ''))?.[0];
  return /<a:latin\b[^>]*typeface="([^"]*)"/.exec(block ?? '')?.[1] || undefined;
}

/** A side of the slide in EMU, as the schema allows it (1 to 56 in); else the default. */
function slideSide(written: string | undefined, fallback: number): number {
  const n = Number(written);
  return Number.isInteger(n) && n >= 914400 && n <= 51206400 ? n : fallback;
}

/** The slide size a presentation part gives (16:9 where it gives none the schema allows). */
export function slideSize(presentationXml: string): { cx: number; cy: number } {
  const sz = /<p:sldSz\b[^>]*\/>/.exec(presentationXml)?.[0] ?? '';
  return { cx: slideSide(attr(sz, 'cx'), 12192000), cy: slideSide(attr(sz, 'cy'), 6858000) };
}

/** Reads the slide size, masters and layouts of a package (a .potx, a .pptx). */
export function readMasterPackage(parts: Parts): MasterPackage {
  const presentation = targets(parts, '', /\/officeDocument$/)[0] ?? 'ppt/presentation.xml';
  const pres = partText(parts, presentation);
  if (!pres) throw new Error('it has no presentation part: is it a PowerPoint presentation or template?');
  const size = slideSize(pres);
  const presRels = relationships(parts, presentation);
  const masterIds = [...pres.matchAll(/<p:sldMasterId\b[^>]*\/>/g)].map((m) => attr(m[0], 'r:id'));
  const masters: MasterInfo[] = [];
  const layouts: LayoutInfo[] = [];
  for (const rid of masterIds) {
    const rel = presRels.find((r) => r.id === rid && !r.external);
    if (!rel) continue;
    const part = resolveTarget(presentation, rel.target);
    const xml = part ? partText(parts, part) : '';
    if (!part || !xml) continue;
    const rels = relationships(parts, part);
    const theme = rels.find((r) => r.type.endsWith('/theme') && !r.external);
    const themePart = theme ? resolveTarget(part, theme.target) : undefined;
    const own = placeholders(xml);
    const titleStyle = /<p:titleStyle>[\s\S]*?<\/p:titleStyle>/.exec(xml)?.[0];
    const masterTitle = own.find((p) => TITLES.has(p.type));
    const layoutParts = [...xml.matchAll(/<p:sldLayoutId\b[^>]*\/>/g)]
      .map((m) => rels.find((r) => r.id === attr(m[0], 'r:id') && !r.external))
      .filter((r) => r !== undefined)
      .map((r) => resolveTarget(part, r.target))
      .filter((p) => p !== undefined);
    const masterDecoration = decoration(xml);
    masters.push({
      part,
      ...(themePart ? { theme: themePart } : {}),
      placeholders: own.map(({ xml: _, ...p }) => p),
      layouts: layoutParts,
    });
    for (const lp of layoutParts) {
      const lx = partText(parts, lp);
      if (!lx) continue;
      const tag = startTag(lx, 'p:sldLayout');
      const name = attr(startTag(lx, 'p:cSld'), 'name') ?? '';
      const phs = placeholders(lx);
      const title = phs.find((p) => TITLES.has(p.type));
      const size = firstSize(title?.xml) ?? firstSize(masterTitle?.xml) ?? firstSize(titleStyle);
      const font = firstFont(title?.xml) ?? firstFont(masterTitle?.xml) ?? firstFont(titleStyle);
      const resolvedFont = font?.startsWith('+mj')
        ? themeFont(parts, themePart, 'major')
        : font?.startsWith('+mn')
          ? themeFont(parts, themePart, 'minor')
          : font;
      const type = attr(tag, 'type');
      layouts.push({
        part: lp,
        name: name || lp.replace(/^.*\//, ''),
        ...(type ? { type } : {}),
        master: part,
        placeholders: phs.map(({ xml: _, ...p }) => {
          const from = inherited(p, own);
          const b = p.box ?? from?.box;
          const size = p.size ?? from?.size;
          return { type: p.type, idx: p.idx, ...(b ? { box: b } : {}), ...(size ? { size } : {}) };
        }),
        decoration: [...(/showMasterSp="0"/.test(tag) ? [] : masterDecoration), ...decoration(lx)],
        ...(size ? { titleSize: size } : {}),
        ...(resolvedFont ? { titleFont: resolvedFont } : {}),
      });
    }
  }
  if (masters.length === 0) throw new Error('it has no slide master: is it a PowerPoint presentation or template?');
  return { size, presentation, masters, layouts };
}
