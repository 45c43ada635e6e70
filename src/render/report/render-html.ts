import type { ChartSpec } from '../../charts/spec.js';
import type { ReportContext } from '../../present/report-context.js';
import type { Template } from '../../templating/load-template.js';
import type { Wording } from '../../templating/wording.js';
import { isRightToLeft } from '../scripts/language.js';
import { safeReport, type SafeReport } from './html-policy.js';

export interface ChartImage {
  src: string;
  alt: string;
  title: string;
}

/** A picture of one slide (--format previews), shown in the page's "The deck" section. */
export interface SlidePreview {
  png: Buffer;
  width: number;
  height: number;
}

/** What stands for a chart's PNG in the page until it has been cleaned: a few characters to parse, not a megabyte. */
const chartToken = (i: number) => `data:image/png;base64,ztdeck-chart-${i}.`;
const CHART_TOKEN = /data:image\/png;base64,ztdeck-chart-(\d+)\./g;

/**
 * report.html: one self-contained page. Charts are PNG data URIs; the theme's
 * colours become CSS variables. The template receives the report context plus
 * `theme`, `charts` and a `chart` on each scenario and KPI (null when absent);
 * the page is in the program's `language` (right to left for Arabic, Hebrew…);
 * what it writes is cleaned into a page of ztdeck's (see safeReport), and the
 * warnings say what was left out.
 */
export function renderHtml(
  context: ReportContext,
  wording: Wording,
  template: Template,
  specs: readonly ChartSpec[],
  pngs: ReadonlyMap<string, Buffer>,
  previews: readonly SlidePreview[] = [],
  language: string = wording.fmt.locale,
): SafeReport {
  const used: Buffer[] = [];
  const image = (id: string): ChartImage | null => {
    const png = pngs.get(id);
    const spec = specs.find((s) => s.id === id);
    if (!png || !spec) return null;
    const i = used.indexOf(png);
    return { src: chartToken(i === -1 ? used.push(png) - 1 : i), alt: spec.altText, title: spec.title };
  };
  const c = template.theme.colors;
  const rendered = wording.report('html', {
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
    previews: previews.map((p, n) => ({
      src: chartToken(used.push(p.png) - 1),
      alt: `Slide ${n + 1}`,
      width: p.width,
      height: p.height,
    })),
  });
  const page = { lang: language, title: context.program.name, ...(isRightToLeft(language) ? { dir: 'rtl' } : {}) };
  const report = safeReport(rendered, page, template.reports.html);
  const html = report.html.replace(CHART_TOKEN, (token, i: string) => {
    const png = used[Number(i)];
    return png ? `data:image/png;base64,${png.toString('base64')}` : token;
  });
  return { html, warnings: report.warnings };
}
