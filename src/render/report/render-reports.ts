import type { ChartSpec } from '../../charts/spec.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import { escapeMarkdownDeep } from '../markdown.js';
import { withContentSecurityPolicy } from './html-policy.js';
import type { ReportContext } from '../../present/report-context.js';

export interface ChartImage {
  src: string;
  alt: string;
  title: string;
}

/** summary.json: the report context itself, stable key order, ending with a newline. */
export function renderJson(context: ReportContext): string {
  return `${JSON.stringify(context, null, 2)}\n`;
}

/** summary.md: the template's Markdown, every string of the context Markdown-escaped. */
export function renderMarkdown(context: ReportContext, wording: Wording): string {
  return wording.report('markdown', escapeMarkdownDeep(context));
}

/**
 * report.html: one self-contained page. Charts are PNG data URIs; the theme's
 * colours become CSS variables. The template receives the report context plus
 * `theme`, `charts` and a `chart` on each scenario and KPI (null when absent).
 */
export function renderHtml(
  context: ReportContext,
  wording: Wording,
  theme: Theme,
  specs: readonly ChartSpec[],
  pngs: ReadonlyMap<string, Buffer>,
): string {
  const image = (id: string): ChartImage | null => {
    const png = pngs.get(id);
    const spec = specs.find((s) => s.id === id);
    return png && spec
      ? { src: `data:image/png;base64,${png.toString('base64')}`, alt: spec.altText, title: spec.title }
      : null;
  };
  const c = theme.colors;
  return withContentSecurityPolicy(
    wording.report('html', {
      ...context,
      theme: {
        background: c.background,
        surface: c.surface,
        text: c.text,
        muted: c.muted,
        line: c.line,
        accent: c.accent,
        onAccent: c.on_accent,
        health: c.health,
        status: {
          complete: c.status.complete,
          inProgress: c.status['in-progress'],
          atRisk: c.status['at-risk'],
          blocked: c.status.blocked,
          notStarted: c.status['not-started'],
          notApplicable: c.status['not-applicable'],
        },
      },
      charts: {
        overall: image('overall-progress'),
        scenarioStages: image('scenario-stages'),
        statusMix: image('status-mix'),
        areas: image('functional-areas'),
        risks: image('risk-heatmap'),
        plannedVsActual: image('planned-vs-actual'),
      },
      scenarios: context.scenarios.map((s) => ({ ...s, chart: image(`status-by-stage-${s.id}`) })),
      kpis: context.kpis.map((k) => ({ ...k, chart: image(`kpi-${k.id}`) })),
    }),
  );
}
