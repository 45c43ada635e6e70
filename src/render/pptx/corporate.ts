import type { EmuBox } from '../../templating/master/read-master.js';
import type { CorporateMaster } from '../../templating/master/load-master.js';
import type { MasterKind } from '../../templating/master/choose-layouts.js';
import { CONTENT, SIDEBAR_W, SLIDE, frameBetween, type Box, type Frame } from './geometry.js';

/**
 * How a deck lays out on a corporate master: for each kind of slide, the
 * layout's title box and size, and the frame that maps the slide modules'
 * design grid into the layout's content area.
 */

const EMU = 914400;
export const inches = (b: EmuBox): Box => ({ x: b.x / EMU, y: b.y / EMU, w: b.w / EMU, h: b.h / EMU });

/** The part of the design grid each kind of slide draws in. */
const DESIGN: Record<MasterKind, Box> = {
  // The title slide's lines under the title: organization, report, date, framework.
  title: { x: 1.0, y: 3.7, w: 11.3, h: 3.25 },
  content: CONTENT,
  // The stakeholder slide, sidebar panel and card grid, under where ztdeck's own title would be.
  sidebar: { x: 0, y: 0.5, w: SLIDE.w, h: 6.45 },
};

/** The sidebar panel a stakeholder slide draws itself on a corporate layout (ztdeck's own master has it). */
export const SIDEBAR_PANEL: Box = { x: 0, y: 0.5, w: SIDEBAR_W, h: 6.45 };

export interface CorporatePlan {
  frame: Frame;
  title: Box;
  /** The layout's own title size: a title that fits at it is written without a size, so it inherits. */
  titleSize?: number;
  titleFont?: string;
  /** The content area, on the slide. */
  content: Box;
  /** Whether the layout has a footer placeholder (else ztdeck writes the footer line itself). */
  hasFooter: boolean;
}

/** The plans of a corporate master's layouts; `mirrored`, the content is drawn right to left in each content area. */
export function corporatePlans(master: CorporateMaster, mirrored = false): Record<MasterKind, CorporatePlan> {
  const plan = (kind: MasterKind): CorporatePlan => {
    const g = master.layouts[kind].geometry;
    const content = inches(g.content);
    return {
      frame: frameBetween(DESIGN[kind], content, mirrored),
      title: inches(g.title),
      ...(g.titleSize ? { titleSize: g.titleSize } : {}),
      ...(g.titleFont ? { titleFont: g.titleFont } : {}),
      content,
      hasFooter: g.footers.some((p) => p.type === 'ftr'),
    };
  };
  return { title: plan('title'), content: plan('content'), sidebar: plan('sidebar') };
}

/** The slide size of a master, in inches. */
export function slideSize(master: CorporateMaster): { w: number; h: number } {
  return { w: master.package.size.cx / EMU, h: master.package.size.cy / EMU };
}
