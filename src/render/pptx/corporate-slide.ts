import type { ProgramModel } from '../../model/types.js';
import type { Problem } from '../../problems/problem.js';
import { stripForXml as clean } from '../../schema/characters.js';
import type { Theme } from '../../schema/template.js';
import type { CorporateMaster } from '../../templating/master/load-master.js';
import { isRtl } from '../bidi.js';
import type { FontMetrics } from '../fonts/index.js';
import { fitText } from '../text-fit.js';
import { inches, SIDEBAR_PANEL, slideSize, type CorporatePlan } from './corporate.js';
import { TITLE_BOXES, type LayoutName } from './deck-masters.js';
import { layOutFooter } from './footer.js';
import type { SlideOnMaster } from './postprocess/adopt-master.js';
import type { Slide } from './pptxgen.js';
import type { SlideCanvas } from './slide-canvas.js';

/** The frame of a slide on a corporate layout: its title, the sidebar panel, and its footer. */

export interface CorporateFooter {
  onMaster: SlideOnMaster;
}

export interface CorporateFooterInputs {
  master: CorporateMaster;
  model: ProgramModel;
  bodyFont: FontMetrics;
  /** The footer's words for an organization's and a program's name (as shortened to fit). */
  footer: (organization: string, program?: string) => string;
  /** The reporting date as the date placeholder shows it. */
  date: string;
  warnings: Problem[];
}

/**
 * The footer of a corporate layout: the classification marking first, then
 * the footer, fitted to the layout's footer placeholder (the organization's
 * name shortened first), at the placeholder's own size when it fits.
 */
export function corporateFooter(kind: LayoutName, plan: CorporatePlan, f: CorporateFooterInputs): CorporateFooter {
  const footers = f.master.layouts[kind].geometry.footers;
  const ftr = footers.find((p) => p.type === 'ftr');
  const dt = footers.find((p) => p.type === 'dt');
  const marking = f.model.classification ? clean(f.model.classification) : '';
  const line = (organization: string, program?: string) =>
    [marking, f.footer(organization, program)].filter(Boolean).join(' · ');
  const box = ftr?.box ? inches(ftr.box) : plan.content;
  const laid = layOutFooter({
    face: { metrics: f.bodyFont },
    footer: line,
    organization: f.model.organization,
    program: f.model.program,
    left: box.x,
    right: box.x + box.w,
    height: ftr?.box ? box.h : 0.3,
    ...(ftr?.size ? { max: ftr.size } : {}),
  });
  if (laid.shortened && !f.warnings.some((p) => p.message.startsWith('the footer:')))
    f.warnings.push({ code: 'text-truncated', severity: 'warning', message: `the footer: ${laid.shortened}` });
  const size = laid.footer.size;
  return {
    onMaster: {
      kind,
      footer: { text: laid.footer.text, ...(size !== ftr?.size ? { size } : {}) },
      date: { text: f.date, ...(dt?.size ? {} : { size: 9 }) },
      ...(footers.find((p) => p.type === 'sldNum')?.size ? {} : { numberSize: 9 }),
    },
  };
}

export interface CorporateFrameInputs {
  theme: Theme;
  master: CorporateMaster;
  /** The metrics of the layout's title font. */
  titleFont: FontMetrics;
  /** The layout's footer (laid out once per layout). */
  footer: () => CorporateFooter;
  warn: (message: string) => void;
}

/**
 * A slide on a corporate layout: the title in the layout's title
 * placeholder, at the layout's size unless it must shrink to fit; the
 * content through the layout's frame; the footer in the layout's footer
 * placeholder, or written at the foot of the slide when it has none.
 */
export function drawCorporateSlide(
  canvas: SlideCanvas,
  slide: Slide,
  spec: { layout: LayoutName; title: string; notes: string | null },
  plan: CorporatePlan,
  c: CorporateFrameInputs,
): void {
  const own = TITLE_BOXES[spec.layout];
  const max = plan.titleSize ?? own.size;
  const min = Math.min(own.min, max);
  const metrics = c.titleFont;
  const fit = fitText(clean(spec.title), plan.title, {
    face: { metrics, bold: true },
    max,
    min,
    maxLines: Math.max(1, Math.floor(plan.title.h / ((min * metrics.lineEm) / 72))),
  });
  if (fit.truncated) c.warn(`the title: too long for its box even at ${min} pt, so it was cut`);
  const rtl = isRtl(fit.text);
  slide.addText(fit.text, {
    placeholder: 'title',
    // At the layout's own size the title inherits it (and the font and colour); smaller only when it must.
    ...(fit.fontSize < max || !plan.titleSize ? { fontSize: fit.fontSize } : {}),
    ...(rtl ? { rtlMode: true } : {}),
    // A right-to-left title reads from the right, and every title of a mirrored deck stands there.
    ...(canvas.frame.mirrored || (rtl && c.theme.rtl_align === 'right') ? { align: 'right' as const } : {}),
  });
  if (spec.layout === 'sidebar') canvas.shape('rect', SIDEBAR_PANEL, { fill: c.theme.colors.sidebar, name: 'Sidebar' });
  const footer = c.footer();
  if (!plan.hasFooter) {
    const y = Math.min(slideSize(c.master).h - 0.36, plan.content.y + plan.content.h + 0.06);
    canvas.fitOnSlide(
      footer.onMaster.footer.text,
      { x: plan.content.x, y, w: plan.content.w, h: 0.3 },
      {
        max: 9,
        min: 7,
        maxLines: 1,
        color: c.theme.colors.muted,
        valign: 'middle',
        what: 'the footer',
        name: 'Footer',
      },
    );
  }
  if (spec.notes !== null) slide.addNotes(clean(spec.notes));
}
