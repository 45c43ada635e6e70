import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesContext } from '../../../src/present/changes-context.js';
import { diffPrograms } from '../../../src/diff/diff-programs.js';
import { applyEdits, copyOfExample, MONTH_LATER, NEW_RISK } from '../../helpers/edits.js';
import { defaultTemplate, modelOf } from '../../helpers/program.js';

const before = await modelOf(copyOfExample());
const laterDir = copyOfExample();
applyEdits(laterDir, MONTH_LATER);
appendFileSync(path.join(laterDir, 'risks.yaml'), NEW_RISK);
const after = await modelOf(laterDir);
const diff = diffPrograms(before, after, { from: 'before', to: 'after' });
const kinds = (kind: string) => diff.objectives.filter((c) => c.kind === kind).map((c) => c.key);

describe('diffPrograms', () => {
  it('dates the two states', () => {
    expect([diff.fromDate, diff.toDate]).toEqual(['2026-11-20', '2026-12-18']);
  });
  it('finds the objectives completed and newly blocked', () => {
    expect(kinds('completed')).toEqual(['secure-remote-hybrid-work/passwordless']);
    expect(kinds('blocked')).toEqual(['prevent-reduce-business-damage-breach/patching-plan']);
    expect(kinds('regressed')).toEqual([]);
  });
  it('measures how far a due date slipped and names the new owner', () => {
    expect(diff.objectives.find((c) => c.kind === 'due-slipped')).toMatchObject({
      key: 'prevent-reduce-business-damage-breach/patching-plan',
      fromDue: '2027-01-29',
      toDue: '2027-03-31',
      days: 61,
    });
    expect(diff.objectives.find((c) => c.kind === 'owner')).toMatchObject({
      fromOwner: 'Tomasz Wiśniewski',
      toOwner: 'Ana Costa',
    });
  });
  it('reports only what changed (one status change per objective at most)', () => {
    const keys = diff.objectives.filter((c) => !['due-slipped', 'owner'].includes(c.kind)).map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(diff.objectives).toHaveLength(4);
  });
  it("gives the stage states that changed and each scenario's delta", () => {
    expect(diff.stages).toEqual([
      {
        scenarioId: 'secure-remote-hybrid-work',
        track: null,
        stage: 4,
        label: 'Stage 4',
        from: 'in-progress',
        to: 'complete',
      },
    ]);
    expect(diff.scenarios.find((s) => s.id === 'secure-remote-hybrid-work')).toMatchObject({
      from: 90,
      to: 100,
      delta: 10,
    });
    expect(diff.overall).toMatchObject({ from: 40, to: 41, delta: 1, completeFrom: 31, completeTo: 32 });
  });
  it('compares a KPI against its target, and a redefined one not at all', () => {
    expect(diff.kpis.find((k) => k.id === 'mfa-coverage')).toMatchObject({
      kind: 'moved',
      change: 0.3,
      better: true,
      reachedTarget: false,
      lostTarget: false,
    });
    expect(diff.kpis.find((k) => k.id === 'secure-score')).toMatchObject({
      kind: 'redefined',
      changed: ['target 75 → 80'],
    });
    expect(diff.kpis).toHaveLength(2);
  });
  it('finds risks opened and re-rated, and decisions taken', () => {
    expect(diff.risks).toEqual([
      {
        kind: 're-rated',
        id: 'ransomware-wms',
        title: 'Ransomware stops the warehouse management system during peak season',
        from: { likelihood: 4, impact: 5, score: 20 },
        to: { likelihood: 3, impact: 5, score: 15 },
      },
      {
        kind: 'opened',
        id: 'supplier-breach',
        title: "A haulier's breach spreads into our network",
        to: { likelihood: 3, impact: 4, score: 12 },
      },
    ]);
    expect(diff.decisions).toEqual([
      {
        kind: 'decided',
        id: 'purview-licences',
        title: 'Fund the Microsoft 365 E5 Information Protection and Governance add-on for 1,400 office users',
        outcome: 'Funded from January 2027 for office users.',
      },
    ]);
  });
  it('finds nothing between a state and itself', () => {
    const same = diffPrograms(before, before, { from: 'a', to: 'a' });
    expect([same.objectives, same.stages, same.kpis, same.risks, same.decisions]).toEqual([[], [], [], [], []]);
  });
  it('matches a renamed objective by its id', async () => {
    const dir = copyOfExample();
    applyEdits(dir, [
      {
        file: 'scenarios/identify-protect-sensitive-business-data.yaml',
        from: 'title: Classify customs and shipping manifests',
        to: 'title: Classify customs declarations and manifests',
      },
    ]);
    expect(diffPrograms(before, await modelOf(dir), { from: 'a', to: 'b' }).objectives).toEqual([]);
  });
});

describe('changesContext', async () => {
  const { wording } = await defaultTemplate();
  const changes = changesContext(diff, after, wording);
  it('tells the changes as sentences, most significant first', () => {
    expect(changes.sections.map((s) => s.id)).toEqual([
      'completed',
      'blocked',
      'due-slipped',
      'owner',
      'stages',
      'kpis',
      'risks',
      'decisions',
    ]);
    expect(changes.sections[0]?.items).toEqual([
      'Implement passwordless authentication (Remote and hybrid work, Stage 4)',
    ]);
    expect(changes.sections.find((s) => s.id === 'due-slipped')?.items).toEqual([
      'Implement a patching plan (Breach prevention and recovery): 29 Jan 2027 → 31 Mar 2027 (+61 days)',
    ]);
    expect(changes.sections.find((s) => s.id === 'kpis')?.items).toEqual([
      'Microsoft Secure Score (Exposure Management): measured differently (target 75 → 80), not compared',
      'MFA coverage (all accounts, including subcontractor drivers): 98.9% → 99.2%, better',
    ]);
  });
});
