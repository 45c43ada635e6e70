import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalogsFor } from '../../../src/pipeline/validate.js';
import { repoRoot } from '../../helpers/cli.js';

const set = await catalogsFor();
const ms = set.catalogs.get('microsoft-zero-trust-adoption')!.index;

describe('the built-in Microsoft catalog', () => {
  it('loads without problems', () => {
    expect(set.problems).toEqual([]);
    expect(ms).toBeDefined();
  });
  it('has 5 scenarios × 4 stages and 78 objectives', () => {
    expect(ms.catalog.stage_labels).toEqual(['Stage 1', 'Stage 2', 'Stage 3', 'Stage 4']);
    expect(ms.objectiveCount()).toBe(78);
    const perStage = ms.catalog.scenarios.map((s) => [s.id, s.stages.map((st) => st.objectives.length)]);
    expect(perStage).toEqual([
      ['rapidly-modernize-security-posture', [5, 5, 3, 3]],
      ['secure-remote-hybrid-work', [3, 3, 2, 2]],
      ['identify-protect-sensitive-business-data', [3, 4, 4, 4]],
      ['prevent-reduce-business-damage-breach', [6, 7, 7, 4]],
      ['meet-regulatory-compliance-requirements', [3, 4, 4, 2]],
    ]);
  });
  it('splits the breach scenario in its two tracks', () => {
    const breach = ms.scenario('prevent-reduce-business-damage-breach')!;
    const count = (track: string) => breach.stages.map((st) => st.objectives.filter((o) => o.track === track).length);
    expect(count('infrastructure')).toEqual([4, 4, 4, 2]);
    expect(count('threat-protection')).toEqual([2, 3, 3, 2]);
  });
  it('has the phases, areas, principles and roles of the framework, with attribution', () => {
    const c = ms.catalog;
    expect(c.lifecycle_phases.map((p) => p.id)).toEqual([
      'define-strategy',
      'plan',
      'ready',
      'adopt',
      'govern',
      'manage',
    ]);
    expect(c.functional_areas.map((a) => a.id)).toEqual([
      'identities',
      'endpoints',
      'apps',
      'infrastructure',
      'data',
      'network',
    ]);
    expect(c.principles).toHaveLength(3);
    expect(c.roles.map((r) => r.abbreviation)).toContain('CISO');
    expect(c.license).toBe('CC BY 4.0');
    expect(c.attribution).toMatch(/Microsoft Learn/);
  });
  it('knows the two objective ids that two scenarios share', () => {
    const shared = ms
      .scenarioIds()
      .flatMap((s) => ms.objectiveIds(s))
      .filter((id) => ms.scenariosWith(id).length > 1);
    expect([...new Set(shared)].sort()).toEqual(['encrypt-network-communication', 'identify-regulatory-requirements']);
  });

  // The reference file sits outside the repository; the check runs where it exists.
  const reference = path.resolve(repoRoot, '..', 'shared', 'reference', 'zero-trust-adoption-catalog.yaml');
  it.runIf(existsSync(reference))('matches the reference catalog id for id and title for title', () => {
    const ref = parse(readFileSync(reference, 'utf8')) as {
      frameworks: Record<
        string,
        {
          scenarios: {
            id: string;
            title: string;
            stages: { stage: number; objectives: { id: string; title: string; track?: string }[] }[];
          }[];
        }
      >;
    };
    const refScenarios = ref.frameworks['microsoft-zero-trust-adoption']!.scenarios;
    const flat = (scenarios: typeof refScenarios) =>
      scenarios.flatMap((s) =>
        s.stages.flatMap((st) => st.objectives.map((o) => [s.id, st.stage, o.id, o.title, o.track ?? null])),
      );
    const ours = ms.catalog.scenarios.map((s) => ({
      ...s,
      stages: s.stages.map((st) => ({
        ...st,
        objectives: st.objectives.map((o) => ({ id: o.id, title: o.title, ...(o.track ? { track: o.track } : {}) })),
      })),
    }));
    expect(flat(ours)).toEqual(flat(refScenarios));
    expect(ms.catalog.scenarios.map((s) => s.title)).toEqual(refScenarios.map((s) => s.title));
  });
});

describe("an organization's own catalog", () => {
  it("loads from the program's catalogs/ folder through the same path", async () => {
    const own = await catalogsFor(path.join(repoRoot, 'test', 'fixtures', 'valid', 'custom-catalog'));
    expect(own.problems).toEqual([]);
    expect([...own.catalogs.keys()].sort()).toEqual(['acme-security-baseline', 'microsoft-zero-trust-adoption']);
    expect(own.catalogs.get('acme-security-baseline')?.builtin).toBe(false);
  });
});
