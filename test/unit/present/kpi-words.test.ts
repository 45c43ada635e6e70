import { describe, expect, it } from 'vitest';
import { diffPrograms } from '../../../src/diff/diff-programs.js';
import { buildModel } from '../../../src/model/build-model.js';
import { kpiModel } from '../../../src/model/kpis.js';
import { rankSince } from '../../../src/model/ranking.js';
import { reportContext } from '../../../src/present/report-context.js';
import { byDistance, kpiDistance, kpiSentence, kpiWords } from '../../../src/present/sentences.js';
import { makeProgram } from '../../helpers/make-program.js';
import { defaultTemplate, validData } from '../../helpers/program.js';

const { wording } = await defaultTemplate();
const period = { start: '2026-10-23', date: '2026-11-20' };
const model = (id: string, series: Record<string, number>, target?: number, direction: 'higher' | 'lower' = 'higher') =>
  kpiModel(id, { title: id, unit: '%', direction, ...(target === undefined ? {} : { target }), series }, period);

describe('a KPI without a target (one an import created)', () => {
  const untargeted = model('created', { '2026-10-15': 20, '2026-11-15': 30 });
  it('is neither on nor off target: "No target set"', () => {
    const words = kpiWords(untargeted, wording);
    expect(words.statusLabel).toBe('No target set');
    expect(words.targetText).toBeNull();
    expect(words.gapText).toBeNull();
    expect(kpiSentence(untargeted, wording)).toBe(
      'created: 30% on 15 Nov 2026, improving since 15 Oct 2026 (20%); no target set.',
    );
  });
  it('has no distance to a target, and ranks after every KPI that has one on the board', () => {
    const far = model('far', { '2026-11-15': 10 }, 80);
    const met = model('met', { '2026-11-15': 90 }, 80);
    expect(kpiDistance(untargeted)).toBeNull();
    expect(byDistance([untargeted, met, far]).map((k) => k.id)).toEqual(['far', 'met', 'created']);
  });
  it('reaches no target in "since the last meeting", and gains or loses none in the changes', async () => {
    const before = model('created', { '2026-10-15': 20 });
    expect(rankSince([], [untargeted], [])).toEqual([]);
    const program = async (series: Record<string, number>) =>
      buildModel(
        await validData(makeProgram({ kpis: { created: { title: 'C', unit: '%', direction: 'higher', series } } })),
      );
    const diff = diffPrograms(
      await program({ '2026-10-15': 20 }),
      await program({ '2026-10-15': 20, '2026-11-15': 30 }),
      {
        from: 'a',
        to: 'b',
      },
    );
    expect(diff.kpis).toEqual([expect.objectContaining({ kind: 'moved', reachedTarget: false, lostTarget: false })]);
    expect(before.onTarget).toBeNull();
  });
  it('is null in summary.json: target, onTarget and gap', async () => {
    const m = buildModel(
      await validData(
        makeProgram({
          kpis: { created: { title: 'C', unit: '%', direction: 'higher', series: { '2026-11-15': 30 } } },
        }),
      ),
    );
    const [k] = reportContext(m, wording, null).kpis;
    expect(k).toMatchObject({
      target: null,
      onTarget: null,
      gap: null,
      targetText: null,
      statusLabel: 'No target set',
    });
  });
});

describe('a KPI measured long before the reporting date', () => {
  it('says when it was measured, once older than the rule allows', () => {
    const old = model('old', { '2019-03-19': 54.2 }, 75);
    expect(old.stale).toBe(true);
    expect(kpiWords(old, wording).measuredText).toBe('measured 19 Mar 2019');
    expect(kpiWords(model('recent', { '2026-11-15': 54.2 }, 75), wording).measuredText).toBeNull();
  });
  it("follows the template's kpis.stale_after_days through the model", async () => {
    const data = await validData(
      makeProgram({
        kpis: { k: { title: 'K', unit: '%', direction: 'higher', target: 9, series: { '2026-09-30': 3 } } },
      }),
    );
    expect(buildModel(data).kpis[0]?.stale).toBe(true);
    expect(buildModel(data, { kpis: { staleAfterDays: 60 } }).kpis[0]?.stale).toBe(false);
  });
});
