import type { Theme } from '../../../schema/template.js';
import {
  fixChartGroups,
  fixChartSchema,
  fixDateAxes,
  fixNoteParagraphs,
  fixContentTypes,
  fixDocProps,
  fixRunParagraphs,
  fixLayoutRtl,
  fixShapeIds,
  renumberCharts,
  stabilizeGuids,
  stripInvalidCharacters,
} from './fixes.js';
import { shareIdenticalMedia } from './media.js';
import { Parts, type EachPart } from '../../../ooxml/parts.js';
import { reusedEdits } from './reused-edits.js';
import type { DeflateMemo } from '../../../ooxml/deflate-memo.js';
import { applyTheme } from './theme-part.js';
import { syncWorkbook } from './workbook.js';
import { adoptMaster, type SlideOnMaster } from './adopt-master.js';
import { fixRunLanguages, type LanguageCounts } from './run-language.js';
import { deckLanguage, type DeckLanguage } from '../../scripts/language.js';
import { escapeXml } from '../../../ooxml/xml-text.js';
import type { CorporateMaster } from '../../../templating/master/load-master.js';

export interface FinalizeOptions {
  /** The reporting date (YYYY-MM-DD): document dates and zip entry dates. */
  date: string;
  company: string;
  theme: Theme;
  /** The program's language and the languages of text in other scripts (en-US, what pptxgenjs writes, when absent). */
  language?: DeckLanguage | undefined;
  /** A corporate master to put the slides on, and each slide's kind of layout and footer. */
  master?: { master: CorporateMaster; slides: readonly SlideOnMaster[] } | undefined;
  /** Parts deflated for the last deck (build --watch): only the parts that changed are deflated again. */
  deflated?: DeflateMemo | undefined;
}

/**
 * The one post-processing step between pptxgenjs and the disk: repairs what
 * would make PowerPoint ask for repair and makes the bytes deterministic,
 * embedded workbooks included.
 */
export async function finalizePackage(pptx: Uint8Array | Parts, options: FinalizeOptions): Promise<Buffer> {
  const parts = pptx instanceof Parts ? pptx : Parts.read(pptx);
  renumberCharts(parts);
  if (options.master) adoptMaster(parts, options.master.master, options.master.slides);
  shareIdenticalMedia(parts);
  fixContentTypes(parts);
  const language = options.language ?? deckLanguage('en-US', 'en-US');
  const { heading, body } = options.theme.fonts;
  let used: LanguageCounts = new Map();
  // Part by part: a slide is edited, then deflated, and its texts are garbage while they are young.
  parts.editEach(
    () => {
      fixShapeIds(parts);
      fixRunParagraphs(parts);
      fixLayoutRtl(parts);
      // Before the run languages: they cut a note's one run into runs per script, which the split no longer finds.
      fixNoteParagraphs(parts);
      used = fixRunLanguages(parts, {
        language,
        headingFont: heading === body ? undefined : escapeXml(heading),
        ownMasters: options.master === undefined,
      });
      fixChartGroups(parts);
      fixChartSchema(parts);
      fixDateAxes(parts);
      fixDocProps(parts, options);
      stabilizeGuids(parts);
      stripInvalidCharacters(parts);
    },
    eachPart(parts, options, () => used, language.key + (heading === body ? '' : ` ${heading}`)),
  );
  applyTheme(parts, options.theme, language, used);
  const charts = chartsByWorkbook(parts);
  for (const name of parts.names().filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n))) {
    const book = Parts.read(parts.bytes(name) ?? new Uint8Array());
    const chart = charts.get(name);
    if (chart !== undefined) syncWorkbook(chart, book);
    fixDocProps(book, { date: options.date, company: options.company });
    stripInvalidCharacters(book);
    parts.set(name, book.write(options.date, options.deflated));
  }
  const buffer = parts.write(options.date, options.deflated);
  options.deflated?.nextDeck();
  return buffer;
}

/**
 * After its edits, a slide is deflated; in a rebuild (build --watch) an
 * unchanged slide takes its edits from the last deck instead.
 */
function eachPart(parts: Parts, options: FinalizeOptions, counts: () => LanguageCounts, setting: string): EachPart {
  const memo = options.deflated;
  const reused = memo
    ? reusedEdits(parts, memo, `${setting} ${options.master === undefined}`, counts, SEALED)
    : undefined;
  return {
    before: (name) => reused?.before(name) ?? false,
    after: (name) => {
      reused?.after(name);
      if (SEALED.test(name)) parts.seal(name, memo);
    },
  };
}

/** The parts nothing reads after their edits (the slides and their layouts, masters and notes): deflated once edited. */
const SEALED = /^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/;

/** Each embedded workbook's chart (the chart part's XML), from the charts' relationships. */
function chartsByWorkbook(parts: Parts): Map<string, string> {
  const charts = new Map<string, string>();
  for (const part of parts.names().filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))) {
    const book = parts.targets(part).find((t) => /^ppt\/embeddings\/[^/]+\.xlsx$/.test(t));
    const chart = parts.text(part);
    if (book !== undefined && chart !== undefined) charts.set(book, chart);
  }
  return charts;
}
