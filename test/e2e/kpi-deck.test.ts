import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_LINE } from '../helpers/cli.js';
import { copyOfExample } from '../helpers/edits.js';
import { importFixture } from '../helpers/imports.js';
import { openDeck, texts, type DeckSlide } from '../helpers/pptx.js';

const GRAPH = 'Microsoft Secure Score (Microsoft Graph security/secureScores)';
const scores = importFixture('samples/graph-secureScores.synthetic.json');

/** The Graph secure score file with one snapshot, of 19 March 2019: an old export. */
function oldExport(): string {
  const doc = JSON.parse(readFileSync(scores, 'utf8')) as { value: Record<string, unknown>[] };
  const [first] = doc.value;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ztdeck-old-')), 'secureScores-2019.json');
  writeFileSync(
    file,
    JSON.stringify({
      value: [{ ...first, id: `${String(first?.azureTenantId)}_2019-03-19`, createdDateTime: '2019-03-19T06:00:00Z' }],
    }),
  );
  return file;
}

async function build(data: string, deck?: string) {
  const out = mkdtempSync(path.join(tmpdir(), 'ztdeck-kpi-deck-'));
  const b = await runCli(['build', data, '--out', out, '--format', 'pptx', ...(deck ? ['--deck', deck] : [])]);
  const name = readdirSync(out).find((f) => f.endsWith('.pptx'));
  return { b, deck: name ? await openDeck(readFileSync(path.join(out, name))) : undefined };
}

/** The texts of each shape of a slide (a KPI panel's title, status, source are each a shape). */
const shapes = (slide: DeckSlide) =>
  [...slide.xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => texts(m[0]).join(''));

/** Each shape's text and place (EMU), in drawing order. */
const boxes = (slide: DeckSlide) =>
  [...slide.xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => {
    const off = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)"/.exec(m[0]);
    return { text: texts(m[0]).join(''), x: Number(off?.[1]), y: Number(off?.[2]), w: Number(off?.[3]) };
  });

describe('an old value and a created KPI imported into a copy of the example, then built', async () => {
  const data = copyOfExample();
  const kpisPath = path.join(data, 'kpis.yaml');
  const original = readFileSync(kpisPath, 'utf8');
  // A Graph score into the example's secure-score, whose source is Exposure Management: refused, then accepted.
  const refused = await runCli(['import', 'secure-score', scores, '--data', data]);
  const afterRefused = readFileSync(kpisPath, 'utf8');
  const accepted = await runCli(['import', 'secure-score', scores, '--data', data, '--source']);
  // An export of 2019 into a KPI of its own, which the import creates.
  const created = await runCli(['import', 'secure-score', oldExport(), '--kpi', 'graph-secure-score', '--data', data]);
  const kpis = readFileSync(kpisPath, 'utf8');
  const validate = await runCli(['validate', data]);
  const team = await build(data);
  const board = await build(data, 'exec');

  it('refuses to change a source: the user wrote unless --source accepts it, and says why', () => {
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toContain(
      `error [import-conflict] KPI secure-score says its values come from "Microsoft Defender portal, Exposure Management"; these come from ${GRAPH}`,
    );
    expect(refused.stderr).toContain('hint: pass --source to make the tool its source');
    expect(refused.stderr).not.toMatch(STACK_LINE);
    expect(afterRefused).toBe(original);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toContain(`source: "Microsoft Defender portal, Exposure Management" → "${GRAPH}"`);
    expect(accepted.stdout).toContain(
      'check that its title "Microsoft Secure Score (Exposure Management)" still says what is measured',
    );
  });
  it('imports the old value with a warning, into a KPI written without a target', () => {
    expect(created.code, created.stderr).toBe(0);
    expect(created.stderr).toContain(
      'warning [kpi-stale] graph-secure-score: 1 value is more than 13 months before the reporting date 2026-11-20 (2019-03-19)',
    );
    const block = kpis.slice(kpis.indexOf('  graph-secure-score:'));
    expect(block).toContain('      2019-03-19: ');
    expect(block).not.toMatch(/^ +target:/m);
    expect(created.stdout).toContain('no target: set it in');
  });
  it('validates, with a warning for the KPI without a target and one for its old value', () => {
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stderr).toMatch(
      /kpis\.yaml:\d+:\d+ warning \[kpi-no-target\] KPI graph-secure-score has no target/,
    );
    expect(validate.stderr).toMatch(
      /kpis\.yaml:\d+:\d+ warning \[kpi-stale\] the latest value of KPI graph-secure-score is of 2019-03-19, 2803 days before the reporting date/,
    );
    expect(validate.stderr.match(/\[kpi-no-target\]/g)).toHaveLength(1);
    expect(team.b.stderr).toContain('[kpi-stale]');
  });

  it('builds a KPI slide with the year on the axis, "measured …" beside the value and "no target set"', async () => {
    expect(team.b.code, team.b.stderr).toBe(0);
    const deck = team.deck!;
    const slide = deck.slides.find(
      (s) => s.title.startsWith('Key performance indicators') && s.text.includes('measured 19 Mar 2019'),
    )!;
    expect(slide).toBeDefined();
    // Beside the headline value, on its line and to its right: when the value was measured; then no target.
    const panel = boxes(slide);
    const measured = panel.findIndex((b) => b.text === '· measured 19 Mar 2019');
    const value = measured - 1;
    expect(panel[value]?.text, JSON.stringify(panel)).toMatch(/^\d+(\.\d+)?\s?%$/);
    expect(panel[measured]!.y).toBe(panel[value]!.y);
    expect(panel[measured]!.x).toBeGreaterThanOrEqual(panel[value]!.x + panel[value]!.w);
    const status = panel[measured + 1]!;
    expect(status.x).toBeGreaterThanOrEqual(panel[measured]!.x + panel[measured]!.w);
    expect(status.text.startsWith('No target set')).toBe(true);
    expect(status.text).not.toMatch(/On target|Off target|target \d/);
    // The chart: a date axis whose labels carry the year, the value placed at its date.
    const charts = await Promise.all(
      deck.entries.filter((e) => /^ppt\/charts\/chart\d+\.xml$/.test(e)).map((e) => deck.part(e)),
    );
    const chart = charts.find((c) => c.includes('<c:v>Microsoft Secure Score</c:v>'))!;
    expect(chart).toBeDefined();
    const axis = /<c:dateAx>[\s\S]*?<\/c:dateAx>/.exec(chart)?.[0] ?? '';
    expect(axis).toMatch(/<c:numFmt formatCode="[^"]*yyyy" sourceLinked="0"\/>/);
    expect(axis).toContain('<c:majorTimeUnit val="years"/>');
    // 2019-03-19 and the reporting date as spreadsheet dates; no target series.
    expect(chart).toContain('<c:v>43543</c:v>');
    expect(chart).toContain('<c:v>46346</c:v>');
    expect(chart).not.toContain('<c:v>Target</c:v>');
  });
  it('names one source per panel: where the value shown came from', () => {
    const slides = team.deck!.slides.filter((s) => s.title.startsWith('Key performance indicators'));
    const lines = slides.flatMap((s) => shapes(s).filter((t) => t.startsWith('Source: ')));
    expect(lines).toHaveLength(9);
    expect(lines.filter((l) => l === `Source: ${GRAPH}`)).toHaveLength(2);
    expect(lines.join('\n')).not.toContain('Exposure Management');
  });
  it("ranks the KPI without a target after the others on the board's KPI slide, counted as such", () => {
    expect(board.b.code, board.b.stderr).toBe(0);
    const slide = board.deck!.slides.find((s) => s.title.startsWith('Key performance indicators'))!;
    // Six of nine KPIs have room; the one without a target is among the three counted.
    expect(texts(slide.xml)).not.toContain('Microsoft Secure Score');
    expect(slide.text).toContain('and 3 more: ');
    expect(slide.text).toContain('1 without a target');
  });
});
