import type { ProgramModel } from '../../model/types.js';
import type { Problem } from '../../problems/problem.js';
import type { Theme } from '../../schema/template.js';
import type { Logo } from '../../templating/load-template.js';
import { LOGO_BOXES } from '../../templating/logo-size.js';
import { stripForXml as clean } from '../../schema/characters.js';
import type { FontMetrics } from '../fonts/index.js';
import { layOutFooter, type FooterLayout } from './footer.js';
import type { CorporatePlan } from './corporate.js';
import { alignIn, FOOTER_Y, MARGIN, MIRRORED, SIDEBAR_W, SLIDE, TITLE } from './geometry.js';
import type { PptxGenJS } from './pptxgen.js';

/**
 * The deck's own slide masters (ztdeck's layouts: the title, content and
 * sidebar masters with the footer, classification, logo and slide number),
 * or the stand-ins for the layouts of a corporate master.
 */

export type LayoutName = 'title' | 'content' | 'sidebar';

export const MASTER: Record<LayoutName, string> = { title: 'ZT_TITLE', content: 'ZT_CONTENT', sidebar: 'ZT_SIDEBAR' };

export type TitleBoxes = Record<
  LayoutName,
  { x: number; y: number; w: number; h: number; size: number; min: number; lines: number }
>;

/** Where each layout puts its title, and the sizes a title may take there. */
export const TITLE_BOXES: TitleBoxes = {
  content: { ...TITLE, size: 26, min: 18, lines: 2 },
  sidebar: { x: 0.4, y: 0.45, w: SIDEBAR_W - 0.7, h: 1.5, size: 24, min: 16, lines: 4 },
  title: { x: 1.0, y: 2.2, w: 11.3, h: 1.5, size: 40, min: 28, lines: 2 },
};
/** The logo's box in the corner of content slides and on the title slide (sizes shared with the importer, which stores a logo for them). */
export const LOGO_CORNER = { x: SLIDE.w - MARGIN - LOGO_BOXES.corner.w, y: 0.14, ...LOGO_BOXES.corner };
const LOGO_TITLE = { x: SLIDE.w - MARGIN - LOGO_BOXES.title.w, y: 0.6, ...LOGO_BOXES.title };
export const BANNER_H = 0.24;
/** Where the footer's line ends: the slide number is to its right. */
const FOOTER_RIGHT = SLIDE.w - MARGIN - 0.6;

/** The title boxes of a deck: with a logo in the corner, content titles stop short of it. */
export function titleBoxes(logo: Logo | undefined): TitleBoxes {
  return logo ? { ...TITLE_BOXES, content: { ...TITLE_BOXES.content, w: TITLE.w - LOGO_CORNER.w - 0.2 } } : TITLE_BOXES;
}

/** What the masters are drawn from. */
export interface MasterInputs {
  pptx: PptxGenJS;
  theme: Theme;
  model: ProgramModel;
  logo: Logo | undefined;
  bodyFont: FontMetrics;
  titleBoxes: TitleBoxes;
  /** The footer's words for an organization's and a program's name (as shortened to fit). */
  footer: (organization: string, program?: string) => string;
  warnings: Problem[];
  /** Whether the masters are drawn right to left (a deck in Arabic or Hebrew): each object mirrored about the slide's middle. */
  mirrored?: boolean;
}

/** Stand-ins for the corporate layouts, holding only the title placeholder where the layout has it. */
export function defineCorporateMasters(pptx: PptxGenJS, plans: Record<LayoutName, CorporatePlan>): void {
  for (const layout of ['title', 'content', 'sidebar'] as const) {
    const { x, y, w, h } = plans[layout].title;
    pptx.defineSlideMaster({
      title: MASTER[layout],
      objects: [{ placeholder: { options: { name: 'title', type: 'title' as const, x, y, w, h }, text: '' } }],
    });
  }
}

/** The footer line laid out from `left` to the slide number; a shortened footer is warned of once. */
function footerOf(m: MasterInputs, left: number, classification: string | undefined): FooterLayout {
  const laid = layOutFooter({
    face: { metrics: m.bodyFont },
    footer: m.footer,
    organization: m.model.organization,
    program: m.model.program,
    classification,
    left,
    right: FOOTER_RIGHT,
    height: 0.3,
  });
  if (laid.shortened && !m.warnings.some((p) => p.message.startsWith('the footer:')))
    m.warnings.push({ code: 'text-truncated', severity: 'warning', message: `the footer: ${laid.shortened}` });
  return laid;
}

function logoImage(box: { x: number; y: number; w: number; h: number }, logo: Logo, organization: string) {
  const { width, height } = logo.image;
  const scale = Math.min(box.w / width, box.h / height);
  const [w, h] = [width * scale, height * scale];
  const mime = logo.image.type === 'jpeg' ? 'image/jpeg' : 'image/png';
  return {
    image: {
      x: box.x + box.w - w,
      y: box.y,
      w,
      h,
      data: `data:${mime};base64,${logo.bytes.toString('base64')}`,
      altText: `${clean(organization)} logo`,
    },
  };
}

const rect = (x: number, y: number, w: number, h: number, color: string) => ({
  rect: { x, y, w, h, fill: { color }, line: { color, width: 0 } },
});

function footerText(theme: Theme, color: string, laid: FooterLayout) {
  const f = laid.footer;
  const options = { x: f.x, y: FOOTER_Y, w: f.w, h: 0.3, fontFace: theme.fonts.body, fontSize: f.size, color };
  return { text: { text: f.text, options: { ...options, margin: 0, valign: 'middle' as const } } };
}

/** The classification marking: a banner across the top, or right of the footer. */
function classification(theme: Theme, label: string | undefined, color: string, laid?: FooterLayout) {
  if (!label) return [];
  const { colors, fonts } = theme;
  if (theme.classification === 'banner') {
    const options = { x: 0, y: 0, w: SLIDE.w, h: BANNER_H, fontFace: fonts.body, fontSize: 9, bold: true };
    const text = {
      ...options,
      color: colors.on_banner,
      align: 'center' as const,
      margin: 0,
      valign: 'middle' as const,
    };
    return [rect(0, 0, SLIDE.w, BANNER_H, colors.banner), { text: { text: label, options: text } }];
  }
  const c = laid?.classification;
  const box = { x: c?.x ?? 7.0, y: FOOTER_Y, w: c?.w ?? 5.2, h: 0.3 };
  const options = { ...box, fontFace: fonts.body, fontSize: c?.size ?? 9, bold: true, color };
  return [
    { text: { text: label, options: { ...options, align: 'right' as const, margin: 0, valign: 'middle' as const } } },
  ];
}

function titlePlaceholder(m: MasterInputs, layout: LayoutName, color: string, valign: 'top' | 'bottom' | 'middle') {
  const { x, y, w, h } = m.titleBoxes[layout];
  // No size and no alignment here: pptxgenjs lets a placeholder's options override those of the text put
  // in it, and each title has its own (the size it fits at; right for a right-to-left title).
  const options = { name: 'title', type: 'title' as const, x, y, w, h, fontFace: m.theme.fonts.heading };
  return { placeholder: { options: { ...options, bold: true, color, valign, margin: 0 }, text: '' } };
}

type MasterObject = NonNullable<Parameters<PptxGenJS['defineSlideMaster']>[0]['objects']>[number];
type Placed = { x?: unknown; w?: unknown };

/** A box about the slide's middle (boxes of the masters are given in inches). */
function mirrorX<T extends Placed>(b: T): T {
  return typeof b.x === 'number' && typeof b.w === 'number' ? { ...b, x: MIRRORED.mapX(b.x + b.w) } : b;
}

/**
 * A master's object drawn right to left: its box mirrored about the slide's
 * middle, its text aligned to the other side. A placeholder keeps no
 * alignment of its own (each title brings its own).
 */
export function mirrorObject(o: MasterObject): MasterObject {
  if ('text' in o) {
    const options = o.text.options ?? {};
    return { text: { ...o.text, options: { ...mirrorX(options), align: alignIn(MIRRORED, options.align) } } };
  }
  if ('placeholder' in o) return { placeholder: { ...o.placeholder, options: mirrorX(o.placeholder.options) } };
  if ('rect' in o) return { rect: mirrorX(o.rect) };
  if ('line' in o) return { line: mirrorX(o.line) };
  if ('image' in o) return { image: mirrorX(o.image) };
  return o;
}

/** ztdeck's own masters: content, sidebar and title. */
export function defineMasters(m: MasterInputs): void {
  const { colors, fonts } = m.theme;
  // A marking is shown exactly as written: markings are often defined by law or policy, case included.
  const label = m.model.classification ? clean(m.model.classification) : undefined;
  const inFooter = m.theme.classification === 'footer' ? label : undefined;
  const content = footerOf(m, MARGIN, inFooter);
  const sidebar = footerOf(m, SIDEBAR_W + 0.3, inFooter);
  const logo = (box: { x: number; y: number; w: number; h: number }) =>
    m.logo ? [logoImage(box, m.logo, m.model.organization)] : [];
  const slideNumber = { x: SLIDE.w - MARGIN - 0.5, y: FOOTER_Y, w: 0.5, h: 0.3, fontFace: fonts.body, fontSize: 9 };
  const number = { ...slideNumber, color: colors.muted, align: 'right' as const };
  const numbered = {
    slideNumber: m.mirrored ? { ...mirrorX(number), align: alignIn(MIRRORED, number.align) } : number,
  };
  const define = (master: Parameters<PptxGenJS['defineSlideMaster']>[0]) =>
    m.pptx.defineSlideMaster(m.mirrored ? { ...master, objects: (master.objects ?? []).map(mirrorObject) } : master);
  const rule = { x: MARGIN, y: FOOTER_Y - 0.08, w: SLIDE.w - 2 * MARGIN, h: 0 };
  define({
    title: MASTER.content,
    background: { color: colors.background },
    objects: [
      titlePlaceholder(m, 'content', colors.text, 'bottom'),
      { line: { ...rule, line: { color: colors.line, width: 0.75 } } },
      footerText(m.theme, colors.muted, content),
      ...classification(m.theme, label, colors.text, content),
      ...logo(LOGO_CORNER),
    ],
    ...numbered,
  });
  define({
    title: MASTER.sidebar,
    background: { color: colors.background },
    objects: [
      rect(0, 0, SIDEBAR_W, SLIDE.h, colors.sidebar),
      titlePlaceholder(m, 'sidebar', colors.on_sidebar, 'top'),
      rect(0.4, 2.0, 1.6, 0.07, colors.accent),
      footerText(m.theme, colors.muted, sidebar),
      ...classification(m.theme, label, colors.text, sidebar),
      ...logo(LOGO_CORNER),
    ],
    ...numbered,
  });
  define({
    title: MASTER.title,
    background: { color: colors.background },
    objects: [
      rect(0, 0, 0.35, SLIDE.h, colors.accent),
      titlePlaceholder(m, 'title', colors.text, 'bottom'),
      ...classification(m.theme, label, colors.text, content),
      ...logo(LOGO_TITLE),
    ],
  });
}
