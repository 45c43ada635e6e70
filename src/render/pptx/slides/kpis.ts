import type { KpiModel } from '../../../model/types.js';
import type { SlideDeck } from '../slide-deck.js';
import { CONTENT, type Box } from '../geometry.js';
import type { SlideCanvas } from '../slide-canvas.js';
import { faceOf, measureFit } from '../canvas/text-style.js';
import { textWidthIn } from '../../text-fit.js';
import { spread } from './common.js';
import { nothingToShow, pagedSlide } from './slide-parts.js';
import { kpiWords } from '../../../present/sentences.js';
import { unitOf } from '../../../templating/format.js';

const PER_SLIDE = 4;
/** The least width the status beside a KPI's value keeps: "Off target" and the trend, on two lines at 10 pt. */
const STATUS_MIN_W = 1.6;

type Words = ReturnType<typeof kpiWords>;

/** The arrow says which way the value moved; its colour and word say whether that is better or worse. */
function trendColor(c: SlideCanvas, k: KpiModel): string {
  const { colors } = c.deck.theme;
  if (k.trend === 'improving') return colors.status.complete;
  if (k.trend === 'worsening') return colors.status.blocked;
  return k.trend === 'flat' && k.onTarget === false ? colors.status['at-risk'] : colors.muted;
}

/**
 * The value, when it was measured if long before the reporting date (muted,
 * beside it, so it never reads as current; on the status line where the value
 * leaves too little room), then the status: on or off target, or no target
 * set, and the trend and target.
 */
function headline(c: SlideCanvas, k: KpiModel, words: Words, box: Box, top: number): void {
  const { colors } = c.deck.theme;
  const { w, fonts } = c.deck;
  // A value too long for its box (1,650,000,000 events) is shown in the locale's short form; the notes keep it in full.
  // The value's box is as wide as the value needs, up to half the panel; the status takes the rest.
  const style = { max: 24, min: 18, bold: true, maxLines: 1, what: `the value of KPI ${k.id}` } as const;
  // Half the panel, or, for a value that needs it (a long unit), all but the status's least room; cut only then.
  const short = unitOf(w.fmt.compact(k.current.value), k.unit);
  const tries = [box.w / 2, box.w - STATUS_MIN_W].flatMap((width) => [
    { text: words.valueText, width },
    { text: short, width },
  ]);
  const chosen =
    tries.find((t) => !measureFit(fonts, t.text, { x: box.x, y: top, w: t.width, h: 0.5 }, style).truncated) ??
    tries[tries.length - 1];
  const widest = { x: box.x, y: top, w: chosen?.width ?? box.w / 2, h: 0.5 };
  const compact = chosen?.text !== words.valueText;
  const value = compact ? short : words.valueText;
  const target = k.target !== null && compact ? unitOf(w.fmt.compact(k.target), k.unit) : words.targetText;
  const size = measureFit(fonts, value, widest, style).fontSize;
  const valueTextW = (textWidthIn(value, size, faceOf(fonts, style)) + 0.2) / fonts.frame.sx;
  const measured = words.measuredText ? `· ${words.measuredText}` : null;
  const measuredW = measured ? (textWidthIn(measured, 10, faceOf(fonts, {})) + 0.15) / fonts.frame.sx : 0;
  const beside = measured !== null && valueTextW + measuredW <= box.w * 0.6;
  const valueW = Math.min(widest.w, beside ? valueTextW : Math.max(1.4, valueTextW));
  c.fit(value, { ...widest, w: valueW }, { ...style, color: colors.accent, valign: 'middle' });
  if (measured && beside)
    c.text(
      measured,
      { x: box.x + valueW, y: top, w: measuredW, h: 0.5 },
      { size: 10, color: colors.muted, valign: 'middle' },
    );
  const statusX = box.x + valueW + (beside ? measuredW : 0) + 0.05;
  const trend = [words.movementLabel, w.t(`kpi_trend.${k.trend}`)].filter(Boolean).join(' ');
  const onLine = measured && !beside ? [{ text: ` ${measured}`, color: colors.muted, breakLine: true }] : [];
  c.text(
    [
      {
        text: words.statusLabel,
        bold: true,
        color: k.onTarget === null ? colors.muted : k.onTarget ? colors.status.complete : colors.status['at-risk'],
        breakLine: onLine.length === 0,
      },
      ...onLine,
      {
        text: target === null ? trend : `${trend} · ${w.t('kpis.target', { target, by: k.targetDate ?? null })}`,
        color: trendColor(c, k),
      },
    ],
    { x: statusX, y: top, w: box.x + box.w - statusX, h: 0.5 },
    { size: 10, valign: 'middle' },
  );
}

function kpiPanel(c: SlideCanvas, k: KpiModel, box: Box): void {
  const { colors } = c.deck.theme;
  const w = c.deck.w;
  // The title on one line, or on two when long; what follows moves down.
  const fonts = c.deck.fonts;
  const titleStyle = { max: 13, min: 10, bold: true, font: 'heading', what: `the title of KPI ${k.id}` } as const;
  const titleH = measureFit(fonts, k.title, { ...box, h: 0.32 }, { ...titleStyle, maxLines: 1 }).truncated
    ? 0.52
    : 0.32;
  c.fit(k.title, { ...box, h: titleH }, { ...titleStyle, maxLines: 2 });
  const top = box.y + titleH + 0.02;
  headline(c, k, kpiWords(k, w), box, top);
  const sourceH = k.source ? 0.22 : 0;
  const chartTop = top + 0.52;
  c.specChart(
    c.deck.chart(`kpi-${k.id}`),
    { x: box.x - 0.1, y: chartTop, w: box.w + 0.1, h: box.y + box.h - chartTop - sourceH },
    { showLegend: false, catAxisLabelFontSize: 8, valAxisLabelFontSize: 8 },
  );
  // Which tool the values come from (and so which of a raw and an adjusted score this is): one line, the tool of
  // the value shown (ztdeck import keeps source: so).
  if (k.source)
    c.fit(
      w.t('kpis.source', { source: k.source }),
      { x: box.x, y: box.y + box.h - sourceH, w: box.w, h: sourceH },
      { max: 8, min: 7, color: colors.muted, what: `the source of KPI ${k.id}` },
    );
}

/** Each KPI against its target over time: four to a slide. */
export function renderKpis(deck: SlideDeck): void {
  const { model, w } = deck;
  // Spread evenly: five KPIs are slides of three and two, not four and one.
  const pages = spread(model.kpis, PER_SLIDE);
  const width = (CONTENT.w - 0.5) / 2;
  const height = (CONTENT.h - 0.3) / 2;
  pages.forEach((kpis, p) => {
    const ids = new Set(kpis.map((k) => k.id));
    const c = pagedSlide(deck, 'kpis', p, pages.length, { kpisOnPage: deck.ctx.kpis.filter((k) => ids.has(k.id)) });
    if (kpis.length === 0) nothingToShow(c, w.t('kpis.nothing'), { y: 3.5, h: 0.5, size: 14 });
    kpis.forEach((k, i) =>
      kpiPanel(c, k, {
        x: CONTENT.x + (i % 2) * (width + 0.5),
        y: CONTENT.y + Math.floor(i / 2) * (height + 0.3),
        w: width,
        h: height,
      }),
    );
  });
}
