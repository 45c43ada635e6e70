import type { CatalogSet } from '../catalog/load-catalogs.js';
import { chartDrawer } from '../charts/draw-charts.js';
import { cachingDrawer, type CachingDrawer } from '../charts/png-cache.js';
import { YamlMemo } from '../data/yaml-memo.js';
import { DeflateMemo } from '../ooxml/deflate-memo.js';
import type { OpenedResult, TemplateChoice } from './template.js';
import type { WarmLoad } from './validate.js';

/**
 * What a warm process keeps from one build of a program to the next (`build
 * --watch`): the catalogs, the opened template with its compiled texts, the
 * chart thread and the PNGs of unchanged charts. The caller says what changed
 * (forget); a build given the cache makes the bytes a build without it makes.
 */
export class BuildCache implements WarmLoad {
  /** Draws on a thread kept between builds, only the charts whose spec or theme changed. */
  readonly drawer: CachingDrawer;
  /** The program's YAML files as last parsed: a rebuild parses only the files that changed. */
  readonly yaml = new YamlMemo();
  /** The parts of the last deck, deflated: a rebuild deflates only the slides and charts that changed. */
  readonly deflated = new DeflateMemo();
  private catalogSet: Promise<CatalogSet> | undefined;
  private template: { key: string; result: OpenedResult } | undefined;
  private folders: string[] = [];

  /** `early`: start the chart thread now (the outputs asked for always show PNGs). */
  constructor(options: { early?: boolean; inline?: boolean } = {}) {
    this.drawer = cachingDrawer(chartDrawer({ early: false, ...options, keep: true }));
  }

  /** The program's catalogs (the built-in ones and its catalogs/ folder), loaded once until forgotten. */
  catalogs(load: () => Promise<CatalogSet>): Promise<CatalogSet> {
    this.catalogSet ??= load();
    this.catalogSet.catch(() => (this.catalogSet = undefined));
    return this.catalogSet;
  }

  /**
   * The template of a choice, opened once until forgotten (or until the choice
   * changes: program.yaml's template:). A template that did not open is opened
   * again by the next build.
   */
  async openTemplate(choice: TemplateChoice, open: () => Promise<OpenedResult>): Promise<OpenedResult> {
    const key = JSON.stringify([choice.flag ?? null, choice.program ?? null, choice.programDir]);
    if (this.template?.key === key) return this.template.result;
    this.template = undefined;
    const result = await open();
    this.folders = result.folders;
    if (result.opened) this.template = { key, result };
    return result;
  }

  /** The template folders the last opened template read (its own, and those it extends), also when it failed. */
  templateFolders(): readonly string[] {
    return this.folders;
  }

  /** Drops what changed on disk: the program's catalogs, the template's files. */
  forget(what: { catalogs?: boolean; template?: boolean }): void {
    if (what.catalogs) this.catalogSet = undefined;
    if (what.template) this.template = undefined;
  }

  /** Stops the chart thread. */
  close(): void {
    this.drawer.close();
  }
}
