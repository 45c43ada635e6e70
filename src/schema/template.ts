import { z } from 'zod';
import { formatsSchema } from './formats.js';
import { statusIds, type Status } from './status.js';
import { text, type IssueParams } from './common.js';
import { healthLevels, oneEach, riskLevels, stageStates } from './vocabulary.js';
import { pdfSettingsSchema } from './pdf-settings.js';

/** A colour as six hex digits; a leading # is accepted and dropped (PowerPoint wants none). */
export const color = z
  .string()
  .refine((s) => /^#?[0-9A-Fa-f]{6}$/.test(s), {
    params: {
      code: 'invalid-value',
      hint: 'write a colour as six hex digits in quotes, for example "0F5FA8"',
    } satisfies IssueParams,
    message: 'is not a colour',
  })
  .transform((s) => s.replace(/^#/, '').toUpperCase());

/** A path inside the template folder (checked again when the file is read). */
/** A number of days, up to ten years. */
const days = z.number().int().min(0).max(3650);

const assetPath = z.string().min(1).max(300).describe('A file inside the template folder, for example assets/logo.png');

const statusColors = z.strictObject(
  Object.fromEntries(statusIds.map((s) => [s, color])) as Record<Status, typeof color>,
);

/** template.yaml: what the template is and what it builds on. */
export const templateMetaSchema = z.strictObject({
  name: text(80).describe('Display name'),
  description: text(400).optional(),
  extends: z
    .string()
    .min(1)
    .max(300)
    .refine((s) => !/^([\\/]|[a-zA-Z]:[\\/]|[a-z][a-z0-9+.-]*:)/i.test(s), {
      params: {
        code: 'invalid-value',
        hint: "write a template name (default, dark...) or a path relative to this template's folder, such as ../brand",
      } satisfies IssueParams,
      message: 'is an absolute path or a URL',
    })
    .optional()
    .describe("A template to build on: a name (default, dark...) or a path relative to this template's folder"),
  health: z
    .strictObject({
      red_overdue_days: days
        .optional()
        .describe('A scenario is red when an objective is blocked or overdue by more than this many days (default 30)'),
      amber_overdue_days: days
        .optional()
        .describe(
          'A scenario is amber when an objective is at risk or overdue by more than this many days (default 0: any)',
        ),
    })
    .optional()
    .describe('When overdue objectives turn a scenario amber or red'),
  ranking: z
    .strictObject({
      severity: z
        .strictObject({
          blocked: z.number().min(0).max(1000).optional(),
          overdue: z.number().min(0).max(1000).optional(),
          'at-risk': z.number().min(0).max(1000).optional(),
        })
        .optional()
        .describe(
          'The weight of each kind of problem: the heavier first, equal weights rank together (defaults: blocked 3, overdue 2, at-risk 1)',
        ),
      risk: z
        .number()
        .min(0)
        .max(1000)
        .optional()
        .describe(
          'Points per likelihood × impact point of the highest open risk an objective mitigates, 100 more when it is above appetite (default 1)',
        ),
      focus: z
        .number()
        .min(0)
        .max(100000)
        .optional()
        .describe("Points for an objective in its scenario's focus stage (default 0.5: it only breaks ties)"),
    })
    .optional()
    .describe('How the summary ranks what needs attention'),
  kpis: z
    .strictObject({
      stale_after_days: days
        .optional()
        .describe(
          "A KPI's latest value older than this many days before the reporting date is shown with its date and warned about (default 45)",
        ),
    })
    .optional()
    .describe('How KPIs are judged'),
  pdf: pdfSettingsSchema.optional(),
  formats: formatsSchema.optional(),
  locale: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/)
    .optional()
    .describe('Language and region for dates and numbers, for example en-GB, en-US, de-DE'),
});

/** theme.yaml: a template's brand. */
export const themeSchema = z.strictObject({
  name: text(80),
  charts: z
    .enum(['native', 'images'])
    .default('native')
    .describe(
      'native: editable PowerPoint charts; images: the PNG charts (the same specs, drawn with Chart.js) with the same alt text',
    ),
  logo: assetPath
    .optional()
    .describe(
      'PNG, JPEG or SVG logo inside the template folder; shown on the title slide and in the corner of every slide',
    ),
  classification: z
    .enum(['footer', 'banner'])
    .default('footer')
    .describe('Where the classification label goes: in the footer, or as a banner across the top of every slide'),
  rtl_align: z
    .enum(['right', 'left'])
    .default('right')
    .describe(
      'How a paragraph written in a right-to-left script (Arabic, Hebrew) is aligned: right, as it reads (and a program in a right-to-left language gets its slides laid out mirrored), or left to keep a deck that mixes scripts aligned one way and laid out as designed',
    ),
  fonts: z.strictObject({
    heading: text(60).describe('Font for titles and headings'),
    body: text(60).describe('Font for body text, tables and charts'),
    scripts: z
      .record(
        z.string().regex(/^[A-Z][a-z]{3}$/),
        z.union([text(60), z.strictObject({ heading: text(60), body: text(60) })]),
      )
      .optional()
      .describe(
        "The font of each script by its ISO 15924 code (Jpan, Hans, Hant, Hang, Arab, Hebr, Thai...): one name for headings and body, or {heading, body}; Office's default faces (or a corporate master's) for the others",
      ),
  }),
  colors: z.strictObject({
    background: color,
    surface: color,
    text: color,
    muted: color,
    line: color,
    accent: color,
    on_accent: color.describe('Text on the accent colour'),
    sidebar: color,
    on_sidebar: color,
    banner: color.describe('Classification banner'),
    on_banner: color,
    status: statusColors,
    stages: z.array(color).min(1).max(12).describe('One colour per stage, for the tracker'),
    health: oneEach(healthLevels, color),
    risk: oneEach(riskLevels, color),
    state_fill: oneEach(stageStates, color).describe('Cell fills of the glance table'),
    chart: z.array(color).min(3).max(12).describe('Series colours of charts'),
    hyperlink: color
      .optional()
      .describe("Links in the deck's theme (hlink): what PowerPoint gives a link added later; the accent when absent"),
    followed_hyperlink: color
      .optional()
      .describe("Followed links in the deck's theme (folHlink); the muted colour when absent"),
  }),
});

export type Theme = z.infer<typeof themeSchema>;
export type TemplateMeta = z.infer<typeof templateMetaSchema>;
