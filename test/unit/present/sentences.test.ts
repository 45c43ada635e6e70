import { describe, expect, it } from 'vitest';
import { signed } from '../../../src/present/changes-context.js';
import { riskLabels, STATUS_ORDER, statusCounts } from '../../../src/present/sentences.js';
import { statusIds } from '../../../src/schema/status.js';
import { defaultTemplate, modelOf, validFixture } from '../../helpers/program.js';

describe('sentences', async () => {
  const { wording } = await defaultTemplate();
  it('tell status counts done first, leaving out the empty ones', () => {
    const counts = { 'not-started': 2, 'in-progress': 0, 'at-risk': 1, blocked: 0, complete: 3, 'not-applicable': 0 };
    expect(statusCounts(counts, wording)).toBe('3 Complete, 1 At risk and 2 Not started');
  });
  it('order every status', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...statusIds].sort());
  });
  it('label the open risks R1, R2... by the register order, and no closed one', async () => {
    const model = await modelOf(validFixture('hostile-text'));
    const labels = riskLabels(model);
    const open = model.risks.filter((r) => r.status === 'open');
    expect([...labels.values()]).toEqual(open.map((_, i) => `R${i + 1}`));
    for (const r of model.risks.filter((x) => x.status === 'closed')) expect(labels.has(r.id)).toBe(false);
  });
  it('sign a change with a true minus', () => {
    expect([signed(6), signed(-3), signed(0)]).toEqual(['+6', '−3', '0']);
  });
});
