import path from 'node:path';
import { chartKinds } from '../charts/registry.js';
import type { ChartSpec } from '../charts/spec.js';
import type { ProgramModel } from '../model/types.js';
import type { ReportContext } from '../present/report-context.js';
import type { Problem } from '../problems/problem.js';
import type { OutputFile, OwnedFolder } from '../output/write-files.js';
import type { DeflateMemo } from '../ooxml/deflate-memo.js';
import type { DeckDefinition } from '../schema/deck.js';
import type { Template } from '../templating/load-template.js';
import type { Wording } from '../templating/wording.js';

/** What a sink gets: everything a build computed once, for every output that shows it. */
export interface SinkInputs {
  model: ProgramModel;
  template: Template;
  wording: Wording;
  /** The deck asked for: its slides, and whether it keeps sections with nothing recorded. */
  deck: DeckDefinition;
  /** The report context (summary.json, and what every text template receives), computed on first use. */
  context(): ReportContext;
  /** Every chart spec of the program, computed on first use. */
  specs(): readonly ChartSpec[];
  /** The PNGs of the specs by id, drawn on the chart thread; awaited only by a sink that needs them. */
  pngs(): Promise<ReadonlyMap<string, Buffer>>;
  /** An output's path inside the output folder. */
  out(name: string): string;
  /** The deck's file name: <organization>-<reporting date>.pptx. */
  deckName: string;
  /** The parts of the deck last built in this process, deflated (build --watch). */
  deflated?: DeflateMemo | undefined;
}

export interface SinkResult {
  files: OutputFile[];
  warnings?: Problem[];
  slides?: number;
  charts?: number;
  images?: number;
  /** Folders the files own whole (charts/). */
  folders?: OwnedFolder[];
}

export interface Sink {
  /** What the output is, for --help. */
  description: string;
  /** The texts it renders, checked before anything is built. */
  texts: { deck?: boolean; html?: boolean; markdown?: boolean };
  /** Whether it shows the PNG charts: always (the chart thread then starts while the data is read), or as the template says. */
  drawsPngs: boolean | ((template: Template) => boolean);
  /** Loaded only when the output is asked for, so a build loads no library it does not use. */
  make(inputs: SinkInputs): Promise<SinkResult>;
}

/**
 * The names of the PNGs ztdeck writes in charts/: a chart kind, then for some
 * kinds the id of a scenario or KPI (status-by-stage-<scenario>.png, kpi-<id>.png).
 * A charts/ folder that an earlier version left without its list of files is
 * replaced only when it holds nothing else.
 */
export const CHART_FILE = new RegExp(`^(?:${Object.keys(chartKinds).join('|')})(?:-[a-z0-9]+)*\\.png$`);

/** What `build` can write, in the order outputs are made and listed. */
export const outputFormats = ['pptx', 'png', 'html', 'md', 'json'] as const;
export type OutputFormat = (typeof outputFormats)[number];
export const allFormats: OutputFormat[] = [...outputFormats];

/** Every output and the sink that makes it; `--format` picks some. A format without a sink does not compile. */
export const outputs: Record<OutputFormat, Sink> = {
  pptx: {
    description: 'the PowerPoint deck, <organization>-<date>.pptx',
    texts: { deck: true },
    drawsPngs: (template) => template.theme.charts === 'images',
    async make(i) {
      const images = i.template.theme.charts === 'images' ? await i.pngs() : undefined;
      const { renderDeck } = await import('../render/pptx/render-deck.js');
      const deck = await renderDeck(i.model, i.template, i.wording, i.deck, {
        context: i.context(),
        charts: i.specs(),
        images,
        deflated: i.deflated,
      });
      return {
        files: [{ path: i.out(i.deckName), content: deck.buffer }],
        warnings: deck.warnings,
        slides: deck.slides,
        charts: deck.charts,
      };
    },
  },
  png: {
    description: 'the charts as PNG files in charts/',
    texts: {},
    drawsPngs: true,
    async make(i) {
      const pngs = await i.pngs();
      const files = [...pngs].map(([id, png]) => ({ path: i.out(path.join('charts', `${id}.png`)), content: png }));
      return { files, images: pngs.size, folders: [{ path: i.out('charts'), earlierNames: CHART_FILE }] };
    },
  },
  html: {
    description: 'report.html, one self-contained page',
    texts: { html: true },
    drawsPngs: true,
    async make(i) {
      const { renderHtml } = await import('../render/report/render-html.js');
      const { html, warnings } = renderHtml(i.context(), i.wording, i.template, i.specs(), await i.pngs());
      return { files: [{ path: i.out('report.html'), content: html }], warnings };
    },
  },
  md: {
    description: 'summary.md, for a pull request or a CI job summary',
    texts: { markdown: true },
    drawsPngs: false,
    async make(i) {
      const { renderMarkdown } = await import('../render/report/render-reports.js');
      return { files: [{ path: i.out('summary.md'), content: renderMarkdown(i.context(), i.wording) }] };
    },
  },
  json: {
    description: 'summary.json, the numbers for other tools',
    texts: {},
    drawsPngs: false,
    async make(i) {
      const { renderJson } = await import('../render/report/render-reports.js');
      return { files: [{ path: i.out('summary.json'), content: renderJson(i.context()) }] };
    },
  },
};
