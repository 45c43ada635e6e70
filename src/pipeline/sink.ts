import type { ChartSpec } from '../charts/spec.js';
import type { ProgramModel } from '../model/types.js';
import type { ReportContext } from '../present/report-context.js';
import type { Problem } from '../problems/problem.js';
import type { OutputFile, OwnedFolder } from '../output/write-files.js';
import type { DeflateMemo } from '../ooxml/deflate-memo.js';
import type { DeckDefinition } from '../schema/deck.js';
import type { Template } from '../templating/load-template.js';
import type { Wording } from '../templating/wording.js';

import type { OutputFormat } from '../schema/formats.js';

export { outputFormats, type OutputFormat } from '../schema/formats.js';
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
  /** The outputs this build makes (report.html shows the previews only when they are made). */
  formats: readonly OutputFormat[];
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
  /** Throws when a program the output needs is missing (LibreOffice): checked before anything is built. */
  needs?: () => void | Promise<void>;
  /** Loaded only when the output is asked for, so a build loads no library it does not use. */
  make(inputs: SinkInputs): Promise<SinkResult>;
}
