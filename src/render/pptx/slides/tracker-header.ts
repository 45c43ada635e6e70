import type { StageModel } from '../../../model/types.js';
import { measureFit, type FitStyle } from '../canvas/text-style.js';
import type { Box } from '../geometry.js';
import type { LayoutDeck } from '../slide-deck.js';

/**
 * Where a column's header goes: in a wide column (up to five stages) the
 * shield beside the stage's name and status on one line each; in a narrow one
 * the shield above them and two lines each, so no name is split mid-word.
 */
export interface HeaderLayout {
  shield: Box;
  label: Box;
  status: Box;
  labelLines: number;
  listTop: number;
}

export function headerLayout(pitch: number, sx: number): HeaderLayout {
  if (pitch * sx >= 2.2)
    return {
      shield: { x: 0.22, y: 0, w: 0.5, h: 0.6 },
      label: { x: 0.85, y: -0.02, w: pitch - 0.95, h: 0.38 },
      status: { x: 0.85, y: 0.36, w: pitch - 0.95, h: 0.26 },
      labelLines: 1,
      listTop: 0.85,
    };
  return {
    shield: { x: 0.22, y: 0, w: 0.4, h: 0.48 },
    label: { x: 0.22, y: 0.54, w: pitch - 0.3, h: 0.56 },
    status: { x: 0.22, y: 1.1, w: pitch - 0.3, h: 0.34 },
    labelLines: 2,
    listTop: 1.55,
  };
}

/** The styles of a column's stage name and status line: one size for every column (the smallest of their best). */
export function headerStyles(
  deck: LayoutDeck,
  stages: StageModel[],
  head: HeaderLayout,
  statusLine: (st: StageModel) => string,
) {
  const label: FitStyle = {
    max: 18,
    // Down to 8 pt in the narrow columns of seven or eight stages, so a long word keeps whole.
    min: head.labelLines > 1 ? 8 : 10,
    maxLines: head.labelLines,
    bold: true,
    font: 'heading',
    valign: head.labelLines > 1 ? 'top' : 'middle',
    what: 'a stage name',
  };
  const status: FitStyle = {
    max: 10,
    min: 7,
    maxLines: head.labelLines,
    color: deck.theme.colors.muted,
    valign: head.labelLines > 1 ? 'top' : 'middle',
    what: 'a stage status',
  };
  const common = (texts: string[], place: Box, style: FitStyle) =>
    Math.min(style.max, ...texts.map((t) => measureFit(deck.fonts, t, place, style).fontSize));
  return {
    label: {
      ...label,
      max: common(
        stages.map((st) => st.label),
        head.label,
        label,
      ),
    },
    status: { ...status, max: common(stages.map(statusLine), head.status, status) },
  };
}
