import { z } from 'zod';
import { statusIds, type Status } from './status.js';
import { text, type IssueParams } from './common.js';

/** A colour as six hex digits; a leading # is accepted and dropped (PowerPoint wants none). */
export const color = z.string().transform((s) => s.replace(/^#/, '').toUpperCase()).refine((s) => /^[0-9A-F]{6}$/.test(s), {
  params: { code: 'invalid-value', hint: 'write a colour as six hex digits, for example 0F5FA8' } satisfies IssueParams,
  message: 'is not a colour',
});

const statusColors = z.strictObject(Object.fromEntries(statusIds.map((s) => [s, color])) as Record<Status, typeof color>);

/** theme.yaml: a template's brand. */
export const themeSchema = z.strictObject({
  name: text(80),
  charts: z.enum(['native', 'images']).default('native')
    .describe('native: editable PowerPoint charts; images: the PNG charts (the same specs, drawn with Chart.js) with the same alt text'),
  fonts: z.strictObject({
    heading: text(60).describe('Font for titles and headings'),
    body: text(60).describe('Font for body text, tables and charts'),
  }),
  colors: z.strictObject({
    background: color, surface: color, text: color, muted: color, line: color,
    accent: color, on_accent: color.describe('Text on the accent colour'),
    sidebar: color, on_sidebar: color,
    status: statusColors,
    stages: z.array(color).min(1).max(12).describe('One colour per stage, for the tracker'),
    health: z.strictObject({ green: color, amber: color, red: color }),
    risk: z.strictObject({ low: color, medium: color, high: color, critical: color }),
    state_fill: z.strictObject({ 'not-started': color, 'in-progress': color, complete: color }).describe('Cell fills of the glance table'),
    chart: z.array(color).min(3).max(12).describe('Series colours of charts'),
  }),
});

export type Theme = z.infer<typeof themeSchema>;
