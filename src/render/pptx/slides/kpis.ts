import type { KpiModel } from '../../../model/types.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT, type Box } from '../geometry.js';
import { measureFit, type SlideCanvas } from '../slide-canvas.js';
import { kpiWords } from '../../../present/sentences.js';
import { unitOf } from '../../../templating/format.js';

const PER_SLIDE = 4;

function kpiPanel(c: SlideCanvas, k: KpiModel, box: Box): void {
  const { colors } = c.deck.theme;
  const w = c.deck.w;
  const words = kpiWords(k, w);
  // The arrow says which way the value moved; its colour and word say whether that is better or worse.
  const trendColor =
    k.trend === 'improving'
      ? colors.status.complete
      : k.trend === 'worsening'
        ? colors.status.blocked
        : k.trend === 'flat' && !k.onTarget
          ? colors.status['at-risk']
          : colors.muted;
  c.fit(
    k.title,
    { x: box.x, y: box.y, w: box.w, h: 0.32 },
    { max: 13, min: 10, bold: true, font: 'heading', what: `the title of KPI ${k.id}` },
  );
  // A value too long for its box (1,650,000,000 events) is shown in the locale's short form; the notes keep it in full.
  const valueBox = { x: box.x, y: box.y + 0.34, w: 2.0, h: 0.5 };
  const headline = { max: 24, min: 18, bold: true, what: `the value of KPI ${k.id}` } as const;
  const full = measureFit(words.valueText, valueBox, { ...headline, maxLines: 1 });
  const compact = full.truncated;
  const value = compact ? unitOf(w.fmt.compact(k.current.value), k.unit) : words.valueText;
  const target = compact ? unitOf(w.fmt.compact(k.target), k.unit) : words.targetText;
  c.fit(value, valueBox, { ...headline, maxLines: 1, color: colors.accent, valign: 'middle' });
  c.text(
    [
      {
        text: words.statusLabel,
        bold: true,
        color: k.onTarget ? colors.status.complete : colors.status['at-risk'],
        breakLine: true,
      },
      {
        text: `${[words.movementLabel, w.t(`kpi_trend.${k.trend}`)].filter(Boolean).join(' ')} · ${w.t('kpis.target', { target, by: k.targetDate ?? null })}`,
        color: trendColor,
      },
    ],
    { x: box.x + 2.05, y: box.y + 0.34, w: box.w - 2.05, h: 0.5 },
    { size: 10, valign: 'middle' },
  );
  const sourceH = k.source ? 0.22 : 0;
  c.specChart(
    c.deck.chart(`kpi-${k.id}`),
    { x: box.x - 0.1, y: box.y + 0.86, w: box.w + 0.1, h: box.h - 0.88 - sourceH },
    { showLegend: false, catAxisLabelFontSize: 8, valAxisLabelFontSize: 8 },
  );
  // Which tool the values come from (and so which of a raw and an adjusted score this is).
  if (k.source)
    c.fit(
      w.t('kpis.source', { source: k.source }),
      { x: box.x, y: box.y + box.h - sourceH, w: box.w, h: sourceH },
      { max: 8, min: 7, color: colors.muted, what: `the source of KPI ${k.id}` },
    );
}

/** Each KPI against its target over time: four to a slide. */
export function renderKpis(deck: DeckBuilder): void {
  const { model, w } = deck;
  const pages: KpiModel[][] = [];
  for (let i = 0; i < model.kpis.length; i += PER_SLIDE) pages.push(model.kpis.slice(i, i + PER_SLIDE));
  if (pages.length === 0) pages.push([]);
  const width = (CONTENT.w - 0.5) / 2;
  const height = (CONTENT.h - 0.3) / 2;
  pages.forEach((kpis, p) => {
    const ids = new Set(kpis.map((k) => k.id));
    const c = deck.slide({
      layout: 'content',
      title: deck.title('kpis', {}, p, pages.length),
      notes: deck.notes('kpis', {
        page: p + 1,
        pages: pages.length,
        kpisOnPage: deck.ctx.kpis.filter((k) => ids.has(k.id)),
      }),
    });
    if (kpis.length === 0)
      c.text(
        w.t('kpis.nothing'),
        { x: CONTENT.x, y: 3.5, w: CONTENT.w, h: 0.5 },
        { size: 14, color: deck.theme.colors.muted, align: 'center' },
      );
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
