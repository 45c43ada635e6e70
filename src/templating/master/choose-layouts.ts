import type { EmuBox, LayoutInfo, MasterPackage, Placeholder } from './read-master.js';

/**
 * Which corporate layout each kind of ztdeck slide is drawn on, and where on
 * it the title and the content go. Layouts are chosen by what they hold, not
 * by name alone (many files name layouts in another language, or leave out
 * their type): the title slide on a `title` layout, content on `titleOnly`,
 * else `obj` (content in its body placeholder's area), else any layout with a
 * title. master.yaml can name other layouts.
 */

export const MASTER_KINDS = ['title', 'content', 'sidebar'] as const;
export type MasterKind = (typeof MASTER_KINDS)[number];

const TITLES = new Set(['title', 'ctrTitle']);
const FOOTERS = new Set(['dt', 'ftr', 'sldNum']);
/** Below this share of the slide, a content area is small enough to say so at import (and to widen when it can). */
export const MIN_SHARE = 0.35;
/** Space kept between the title, the content and the footer, in EMU (0.1 in). */
const GAP = 91440;

const title = (l: LayoutInfo) => l.placeholders.find((p) => TITLES.has(p.type) && p.box);
const bodies = (l: LayoutInfo) => l.placeholders.filter((p) => (p.type === 'body' || p.type === 'obj') && p.box);

export interface Choice {
  layout: LayoutInfo;
  /** How it was chosen, for the import's report. */
  why: string;
}

export interface Chosen {
  layouts: Record<MasterKind, Choice>;
  /** Names in master.yaml that could not be used, and why. */
  refused: string[];
}

/** How much of a layout's content area its decoration (bands, pictures) covers, 0 to 1. */
function clutter(pkg: MasterPackage, l: LayoutInfo): number {
  const c = layoutGeometry(pkg, l).content;
  const area = Math.max(1, c.w * c.h);
  const covered = l.decoration.reduce((sum, d) => {
    const w = Math.min(c.x + c.w, d.x + d.w) - Math.max(c.x, d.x);
    const h = Math.min(c.y + c.h, d.y + d.h) - Math.max(c.y, d.y);
    return sum + (w > 0 && h > 0 ? w * h : 0);
  }, 0);
  return Math.min(1, covered / area);
}

/**
 * What a layout offers a content slide: the area of its content region that
 * its bands and pictures leave free, as a share of the slide. Files with
 * several masters often have a title-page master whose "Title Only" puts the
 * title in the middle: this prefers the master made for content.
 */
function room(pkg: MasterPackage, l: LayoutInfo): number {
  const c = layoutGeometry(pkg, l).content;
  return ((c.w * c.h) / (pkg.size.cx * pkg.size.cy)) * (1 - clutter(pkg, l));
}

/** The default layout of each kind; undefined when no layout of the package has a title placeholder. */
function defaults(pkg: MasterPackage): Record<MasterKind, Choice> | undefined {
  const titled = pkg.layouts.filter((l) => title(l));
  // Tiers by what the layout is for; within a tier, the layout with the most free room (the file's order on ties).
  const tiers: [string, (l: LayoutInfo) => boolean][] = [
    ['type titleOnly', (l) => l.type === 'titleOnly'],
    ['type obj: content in its body placeholder', (l) => l.type === 'obj' && bodies(l).length === 1],
    ['a title and one content placeholder', (l) => bodies(l).length === 1],
    ['a layout with a title', () => true],
  ];
  let content: Choice | undefined;
  for (const [why, test] of tiers) {
    const best = titled
      .filter(test)
      .map((l, order) => ({ l, order, room: room(pkg, l) }))
      .sort((a, b) => b.room - a.room || a.order - b.order)[0];
    if (best) {
      content = { layout: best.l, why };
      break;
    }
  }
  if (!content) return undefined;
  // The title slide is meant to be decorated: taken in the file's order, the first master's first.
  const typed = titled.find((l) => l.type === 'title');
  const ctr = titled.find((l) => l.placeholders.some((p) => p.type === 'ctrTitle'));
  const named = titled.find((l) => /title slide|titelfolie|diapositive de titre|t[ií]tulo/i.test(l.name));
  const titleSlide: Choice = (typed && { layout: typed, why: 'type title' }) ??
    (ctr && { layout: ctr, why: 'a centred title placeholder' }) ??
    (named && { layout: named, why: 'named as a title slide' }) ?? {
      ...content,
      why: `${content.why} (no title layout)`,
    };
  return { title: titleSlide, content, sidebar: { ...content } };
}

/** The layouts for each kind: master.yaml's names where usable, else the defaults. */
export function chooseLayouts(
  pkg: MasterPackage,
  names: Partial<Record<MasterKind, string>> = {},
): Chosen | { error: string } {
  const chosen = defaults(pkg);
  if (!chosen) return { error: 'none of its layouts has a title placeholder' };
  const refused: string[] = [];
  for (const kind of MASTER_KINDS) {
    const name = names[kind];
    if (!name) continue;
    const key = name.trim().toLowerCase();
    // Files with several masters repeat layout names: the one with the most free room, as by default.
    const found = pkg.layouts
      .filter((l) => l.name.trim().toLowerCase() === key)
      .sort((a, b) => room(pkg, b) - room(pkg, a))[0];
    if (!found) refused.push(`${kind}: no layout is named "${name}"`);
    else if (!title(found)) refused.push(`${kind}: layout "${name}" has no title placeholder`);
    else chosen[kind] = { layout: found, why: 'named in master.yaml' };
  }
  return { layouts: chosen, refused };
}

/** Where a layout puts a slide's parts, in EMU. */
export interface LayoutGeometry {
  title: EmuBox;
  titleSize?: number;
  titleFont?: string;
  /** Where the slide's own content goes. */
  content: EmuBox;
  /** The date, footer and slide number placeholders the layout has. */
  footers: Placeholder[];
}

/**
 * The title's box, the content area (the body placeholder's area, or the
 * space between the title and the footer), and the footer placeholders.
 */
export function layoutGeometry(pkg: MasterPackage, layout: LayoutInfo): LayoutGeometry {
  const t = title(layout)?.box as EmuBox;
  const footers = layout.placeholders.filter((p) => FOOTERS.has(p.type) && p.box);
  const lowFooters = footers.filter((p) => (p.box?.y ?? 0) > pkg.size.cy / 2).map((p) => p.box?.y ?? pkg.size.cy);
  // A band across the foot of the slide (a picture or shape at least half as wide as the slide) ends the content too.
  const bands = layout.decoration
    .filter((d) => d.w >= pkg.size.cx / 2 && d.y > pkg.size.cy * 0.7 && d.h < pkg.size.cy * 0.3)
    .map((d) => d.y);
  const bottom = Math.min(pkg.size.cy - Math.round(pkg.size.cy * 0.04), ...lowFooters, ...bands) - GAP;
  const top = t.y + t.h + GAP;
  const body =
    bodies(layout).find((b) => (b.box?.y ?? 0) >= t.y + t.h / 2) ??
    layout.placeholders.find((p) => p.type === 'subTitle' && p.box);
  const area = body?.box ?? { x: t.x, y: top, w: t.w, h: bottom - top };
  const y = Math.max(area.y, top);
  const content = { x: area.x, y, w: area.w, h: Math.min(area.y + area.h, bottom) - y };
  let chosen = content.h > pkg.size.cy * 0.2 ? content : { x: t.x, y: top, w: t.w, h: Math.max(bottom - top, 1) };
  // A narrow title (centred in a title-page design) would leave a strip: such an area takes the slide's width.
  if (!body && (chosen.w * chosen.h) / (pkg.size.cx * pkg.size.cy) < MIN_SHARE) {
    const margin = Math.round(pkg.size.cx * 0.05);
    chosen = { ...chosen, x: margin, w: pkg.size.cx - 2 * margin };
  }
  return {
    title: t,
    ...(layout.titleSize ? { titleSize: layout.titleSize } : {}),
    ...(layout.titleFont ? { titleFont: layout.titleFont } : {}),
    content: chosen,
    footers,
  };
}
