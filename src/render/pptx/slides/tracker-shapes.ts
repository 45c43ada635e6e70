import type { StageModel } from '../../../model/types.js';
import type { Box } from '../geometry.js';
import type { SlideCanvas } from '../slide-canvas.js';

function shieldPath(w: number, h: number, half = false) {
  const top = half
    ? [
        { x: 0, y: 0.5 * h },
        { x: w, y: 0.5 * h },
      ]
    : [
        { x: 0, y: 0.14 * h },
        { x: 0.5 * w, y: 0 },
        { x: w, y: 0.14 * h },
        { x: w, y: 0.5 * h },
      ];
  return [
    ...top,
    { x: 0.5 * w, y: h, curve: { type: 'quadratic' as const, x1: w, y1: 0.86 * h } },
    { x: 0, y: 0.5 * h, curve: { type: 'quadratic' as const, x1: 0, y1: 0.86 * h } },
    { close: true as const },
  ];
}

export function checkMark(c: SlideCanvas, box: Box, color: string, width: number): void {
  c.custom(
    [
      { x: 0.28 * box.w, y: 0.52 * box.h },
      { x: 0.44 * box.w, y: 0.68 * box.h },
      { x: 0.74 * box.w, y: 0.34 * box.h },
    ],
    box,
    { line: color, lineWidth: width },
  );
}

/**
 * A shield: outline when not started, lower half filled when in progress,
 * filled with a check when complete, dotted and grey when nothing in the
 * stage applies (never the finished look of a stage with nothing to do).
 */
export function shield(c: SlideCanvas, box: Box, st: StageModel, color: string): void {
  const name = `Shield ${st.label}: ${c.deck.w.t(`state.${st.state}`)}`;
  if (st.state === 'not-applicable') {
    c.custom(shieldPath(box.w, box.h), box, {
      line: c.deck.theme.colors.status['not-applicable'],
      lineWidth: 1.25,
      dash: 'sysDot',
      name,
    });
    return;
  }
  if (st.state === 'complete') {
    c.custom(shieldPath(box.w, box.h), box, { fill: color, line: color, lineWidth: 1.5, name });
    checkMark(c, box, c.deck.theme.colors.background, 2.25);
    return;
  }
  if (st.state === 'in-progress')
    c.custom(shieldPath(box.w, box.h, true), box, { fill: color, name: `${name} (fill)` });
  c.custom(shieldPath(box.w, box.h), box, { line: color, lineWidth: 1.75, name });
}
