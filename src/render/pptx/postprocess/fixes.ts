import { editContentTypes } from '../../../ooxml/content-types.js';
import type { Parts } from '../../../ooxml/parts.js';
import { editRelationships } from '../../../ooxml/relationships.js';
import { stripForXml } from '../../../schema/characters.js';
import { escapeXml, stableGuid } from '../../../ooxml/xml-text.js';
import { isRtl } from '../../bidi.js';

/**
 * The defects pptxgenjs 4.0.1 leaves in a package, each fixed here and only
 * here (those of the charts' embedded workbooks in workbook.ts);
 * test/unit/render/postprocess.test.ts and chart-postprocess.test.ts show
 * each defect and its fix.
 */

/** [Content_Types].xml declares slideMaster2..N, which do not exist (PptxGenJS #1444), and image/jpg, which is not a media type. */
export function fixContentTypes(parts: Parts): void {
  parts.editXml(/^\[Content_Types\]\.xml$/, (xml) =>
    editContentTypes(xml, (e) =>
      e.kind === 'Override' && !parts.has(e.name) ? null : e.type === 'image/jpg' ? { ...e, type: 'image/jpeg' } : e,
    ),
  );
}

/** Shape ids collide on slides with tables (PptxGenJS #1532): number every cNvPr of a part from 1, in document order. */
export function fixShapeIds(parts: Parts): void {
  parts.editXml(/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/, (xml) => {
    let next = 0;
    return xml.replace(/<p:cNvPr(\s[^>]*?)?\sid="\d+"/g, (m) => m.replace(/\sid="\d+"/, ` id="${++next}"`));
  });
}

/** A paragraph of several runs gets one a:pPr per run (PptxGenJS PR #1083): keep the first. */
export function fixRunParagraphs(parts: Parts): void {
  parts.editXml(/^ppt\/(slides|slideLayouts|slideMasters|notesSlides)\/[^/]+\.xml$/, (xml) =>
    xml.replace(/(<\/a:r>|<a:br(?:\s[^>]*)?\/>|<a:br>.*?<\/a:br>)<a:pPr\b(?:[^>]*\/>|[^>]*>.*?<\/a:pPr>)/g, '$1'),
  );
}

/**
 * Text of a slide layout (the footer, the classification marking) loses the
 * rtlMode it was given: pptxgenjs drops the options of slide master text. A
 * paragraph of a layout whose first letter is right-to-left is marked so again.
 */
export function fixLayoutRtl(parts: Parts): void {
  parts.editXml(/^ppt\/slideLayouts\/[^/]+\.xml$/, (xml) =>
    xml.replace(/<a:p><a:pPr\b([^>]*?)(\/?)>([\s\S]*?)<\/a:p>/g, (p, attrs: string, close: string, body: string) => {
      const text = [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
      if (/\srtl=/.test(attrs) || !isRtl(text)) return p;
      return `<a:p><a:pPr rtl="1"${attrs}${close}>${body}</a:p>`;
    }),
  );
}

/**
 * Line charts break the chart schema three ways: no c:grouping (also non-stacked
 * area charts); c:invertIfNegative in a series, which only bar series may have;
 * and a series' c:marker written after its c:dLbls instead of before. And a
 * category axis's c:tickLblSkip (catAxisLabelFrequency) comes after its
 * c:noMultiLvlLbl, which the schema wants last.
 */
export function fixChartSchema(parts: Parts): void {
  const fixLineSeries = (ser: string) => {
    const s = ser.replace(/\s*<c:invertIfNegative val="[01]"\/>/g, '');
    const marker = /<c:marker>[\s\S]*?<\/c:marker>/.exec(s)?.[0];
    const labels = s.indexOf('<c:dLbls>');
    if (!marker || labels < 0 || labels > s.indexOf(marker)) return s;
    const without = s.replace(marker, '');
    return without.replace('<c:dLbls>', `${marker}<c:dLbls>`);
  };
  parts.editXml(/^ppt\/charts\/chart\d+\.xml$/, (xml) =>
    xml
      .replace(/<c:(lineChart|areaChart)>(?!<c:grouping)/g, '<c:$1><c:grouping val="standard"/>')
      .replace(/<c:lineChart>[\s\S]*?<\/c:lineChart>/g, (block) =>
        block.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, fixLineSeries),
      )
      .replace(/(<c:noMultiLvlLbl val="[01]"\/>)(\s*)(<c:tickLblSkip val="\d+"\/>)/g, '$3$2$1'),
  );
}

/**
 * What independent readers of a chart part trip over (pptxtojson drops such
 * charts; PowerPoint asks to repair them):
 * - a chart of several line layers is written as one c:lineChart per layer:
 *   the layers on the same axes become one c:lineChart of several series,
 *   each series keeping its own line (the dashed target);
 * - single-level categories are written as c:multiLvlStrRef: a c:strRef;
 * - each bar and line chart group names a third c:axId no axis has
 *   (PptxGenJS #1534): a group keeps the ids of the axes the plot area holds;
 * - a gap (null) is written as a point with an empty value: the point goes,
 *   which is how the schema says a value is missing.
 */
export function fixChartGroups(parts: Parts): void {
  parts.editXml(/^ppt\/charts\/chart\d+\.xml$/, (xml) =>
    xml.replace(/<c:plotArea>[\s\S]*?<\/c:plotArea>/g, (plotArea) => {
      const axes = new Set(
        [...plotArea.matchAll(/<c:(?:catAx|valAx|dateAx|serAx)>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1]),
      );
      return mergeLineGroups(plotArea)
        .replace(/<c:axId val="(\d+)"\/>/g, (tag, id: string) => (axes.has(id) ? tag : ''))
        .replace(
          /<c:multiLvlStrRef>(\s*<c:f>[^<]*<\/c:f>)\s*<c:multiLvlStrCache>(\s*<c:ptCount val="\d+"\/>)\s*<c:lvl>((?:(?!<c:lvl>)[\s\S])*?)<\/c:lvl>\s*<\/c:multiLvlStrCache>\s*<\/c:multiLvlStrRef>/g,
          '<c:strRef>$1<c:strCache>$2$3</c:strCache></c:strRef>',
        )
        .replace(/<c:numCache>[\s\S]*?<\/c:numCache>/g, (cache) =>
          cache.replace(/<c:pt idx="\d+">\s*<c:v>\s*<\/c:v>\s*<\/c:pt>/g, ''),
        );
    }),
  );
}

/**
 * A date axis (catLabelFormatCode) is written with the elements of a category
 * axis that the schema does not allow in c:dateAx (c:lblAlgn, c:noMultiLvlLbl,
 * c:tickLblSkip) and its c:majorUnit after c:majorTimeUnit instead of before.
 * Its labels keep the format written (sourceLinked 0: a workbook cell edited
 * later cannot turn them into serial numbers), and it stays a date axis
 * (c:auto 0: PowerPoint would otherwise choose between text and dates itself).
 */
export function fixDateAxes(parts: Parts): void {
  const order = ['baseTimeUnit', 'majorUnit', 'majorTimeUnit', 'minorUnit', 'minorTimeUnit'];
  parts.editXml(/^ppt\/charts\/chart\d+\.xml$/, (xml) =>
    xml.replace(/<c:dateAx>[\s\S]*?<\/c:dateAx>/g, (axis) => {
      const units = order.map((name) => new RegExp(`<c:${name} val="[^"]*"\\/>`).exec(axis)?.[0] ?? '').join('');
      const rest = axis
        .replace(
          /\s*<c:(?:lblAlgn|noMultiLvlLbl|tickLblSkip|baseTimeUnit|majorUnit|majorTimeUnit|minorUnit|minorTimeUnit) val="[^"]*"\/>/g,
          '',
        )
        .replace(/(<c:numFmt\b[^>]*\bsourceLinked=)"1"/, (_, tag: string) => `${tag}"0"`)
        .replace(/<c:auto val="1"\/>/, '<c:auto val="0"/>');
      return rest.replace('</c:dateAx>', `${units}</c:dateAx>`);
    }),
  );
}

/** The c:lineChart groups of a plot area that share their axes, as one: the first, holding every series in order. */
function mergeLineGroups(plotArea: string): string {
  const groups = [...plotArea.matchAll(/<c:lineChart>[\s\S]*?<\/c:lineChart>/g)].map((m) => m[0]);
  const axesOf = (group: string) => [...group.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]).join(' ');
  const kept = new Map<string, string>();
  const series = new Map<string, string[]>();
  for (const group of groups) {
    const key = axesOf(group);
    if (!kept.has(key)) kept.set(key, group);
    series.set(key, [...(series.get(key) ?? []), ...[...group.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0])]);
  }
  let out = plotArea;
  for (const group of groups) {
    const key = axesOf(group);
    const first = kept.get(key);
    if (!group.includes('<c:ser>')) continue;
    if (group !== first) {
      out = out.replace(group, () => '');
      continue;
    }
    const all = (series.get(key) ?? []).join('');
    const head = group.slice(0, group.indexOf('<c:ser>'));
    const tail = group.slice(group.lastIndexOf('</c:ser>') + '</c:ser>'.length);
    out = out.replace(group, () => `${head}${all}${tail}`);
  }
  return out;
}

/** Speaker notes keep raw line breaks (a CR, or LF) inside a:t: split them into paragraphs, drop the empty ones. */
export function fixNoteParagraphs(parts: Parts): void {
  parts.editXml(/^ppt\/notesSlides\/notesSlide\d+\.xml$/, (xml) =>
    xml.replace(/<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*[\r\n][^<]*)<\/a:t><\/a:r>/g, (_, rPr: string, text: string) =>
      text
        .split(/[\r\n]+/)
        .filter((line) => line.trim())
        .map((line) => `<a:p><a:r>${rPr}<a:t>${line}</a:t></a:r>`)
        .join('</a:p>'),
    ),
  );
}

/**
 * Chart part numbers come from a counter shared by every deck built in the
 * process. Renumber charts (and their workbooks) by where they first appear.
 */
export function renumberCharts(parts: Parts): void {
  const slides = parts
    .names()
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)?.[1]) - Number(/(\d+)\.xml/.exec(b)?.[1]));
  const chartMap = new Map<string, string>();
  for (const slide of slides) {
    for (const part of parts.targets(slide)) {
      const n = /^ppt\/charts\/chart(\d+)\.xml$/.exec(part)?.[1];
      if (n !== undefined && !chartMap.has(n)) chartMap.set(n, String(chartMap.size + 1));
    }
  }
  const bookMap = new Map<string, string>();
  for (const [old, next] of chartMap) {
    const book = parts
      .targets(`ppt/charts/chart${old}.xml`)
      .map((part) => /Microsoft_Excel_Worksheet(\d+)\.xlsx$/.exec(part)?.[1])
      .find((n) => n !== undefined);
    if (book !== undefined) bookMap.set(book, next);
  }
  const rename = (s: string) =>
    s
      .replace(/(ppt\/charts\/(?:_rels\/)?chart)(\d+)(\.xml)/g, (m, a: string, n: string, b: string) =>
        chartMap.has(n) ? `${a}${chartMap.get(n)}${b}` : m,
      )
      .replace(/(Microsoft_Excel_Worksheet)(\d+)(\.xlsx)/g, (m, a: string, n: string, b: string) =>
        bookMap.has(n) ? `${a}${bookMap.get(n)}${b}` : m,
      );
  const moves = parts
    .names()
    .map((name) => [name, rename(name)] as const)
    .filter(([a, b]) => a !== b);
  const contents = moves.map(([from, to]) => [to, parts.bytes(from)] as const);
  for (const [from] of moves) parts.delete(from);
  for (const [to, bytes] of contents) if (bytes) parts.set(to, bytes);
  parts.editXml(/^\[Content_Types\]\.xml$/, (xml) => editContentTypes(xml, (e) => ({ ...e, name: rename(e.name) })));
  parts.editXml(/\.rels$/, (xml) => editRelationships(xml, (r) => ({ ...r, target: rename(r.target) })));
}

/** Document dates come from the clock; the company field is written unescaped (PptxGenJS #1407). */
export function fixDocProps(parts: Parts, props: { date: string; company: string }): void {
  const stamp = `${props.date}T00:00:00Z`;
  parts.editXml(/^docProps\/core\.xml$/, (xml) =>
    xml
      .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`)
      .replace(
        /<dc:subject>PptxGenJS Presentation<\/dc:subject>/,
        '<dc:subject>Zero Trust adoption progress</dc:subject>',
      )
      .replace(/PptxGenJS/g, 'ztdeck'),
  );
  parts.editXml(/^docProps\/app\.xml$/, (xml) =>
    xml.replace(/<Company>[\s\S]*?<\/Company>/, `<Company>${escapeXml(props.company)}</Company>`),
  );
}

/** Raw control characters make a part unreadable; XML 1.0 cannot carry them at all. */
export function stripInvalidCharacters(parts: Parts): void {
  parts.editXml(/./, stripForXml);
}

/** Random GUIDs (section ids, field ids, series unique ids) become ones derived from the part and position. */
export function stabilizeGuids(parts: Parts): void {
  parts.editXml(/^ppt\//, (xml, name) => {
    let n = 0;
    return xml
      .replace(
        /(<p14:section\b[^>]*\bid="\{)[0-9A-Fa-f-]{36}(\}")/g,
        (_, a: string, b: string) => `${a}${stableGuid(`${name}#${n++}`)}${b}`,
      )
      .replace(
        /(<a:fld\b[^>]*\bid="\{)[0-9A-Fa-f-]{36}(\}")/g,
        (_, a: string, b: string) => `${a}${stableGuid(`${name}#${n++}`)}${b}`,
      )
      .replace(
        /(<c16:uniqueId val="\{)[0-9A-Fa-f-]{36}(\}")/g,
        (_, a: string, b: string) => `${a}${stableGuid(`${name}#${n++}`)}${b}`,
      );
  });
}
