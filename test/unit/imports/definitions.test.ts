import { describe, expect, it } from 'vitest';
import { catalogsFor } from '../../../src/pipeline/validate.js';
import { newKpi } from '../../../src/imports/kpis/definitions.js';
import { importers } from '../../../src/imports/sources/registry.js';
import { inputFile, readSource } from '../../helpers/imports.js';

const ms = (await catalogsFor()).catalogs.get('microsoft-zero-trust-adoption')!.index;
const suggested = ms.catalog.scenarios.flatMap((s) =>
  (s.suggested_kpis ?? []).filter((k) => k.id).map((k) => ({ ...k, scenario: s.id })),
);
const metrics = Object.values(importers).flatMap((i) => [...i.metrics]);

describe('the KPIs an import creates', () => {
  it('are suggested by the built-in catalog with the unit and direction the importers measure', () => {
    for (const m of metrics) {
      const s = suggested.find((k) => k.id === m.id);
      expect(s, m.id).toBeDefined();
      expect([s?.unit, s?.direction], m.id).toEqual([m.unit, m.direction]);
    }
    expect(new Set(suggested.map((k) => k.id)).size).toBe(suggested.length);
  });
  it('take title and scenario from the catalog (when in scope), the source from the tool, and no target', () => {
    const m = metrics.find((x) => x.id === 'devices-not-onboarded')!;
    expect(newKpi('devices-not-onboarded', m, [ms], ['prevent-reduce-business-damage-breach'])).toEqual({
      title: 'Devices not yet onboarded to Defender for Endpoint',
      unit: 'devices',
      direction: 'lower',
      source: 'Microsoft Defender XDR device inventory (onboarding status "Can be onboarded")',
      scenario: 'prevent-reduce-business-damage-breach',
    });
    expect(newKpi('devices-not-onboarded', m, [ms], []).scenario).toBeUndefined();
  });
  it('fall back to the measure itself for a KPI the catalog does not suggest', () => {
    const m = {
      id: 'maester-cisa',
      title: 'Maester tests passed: CISA',
      unit: '%',
      direction: 'higher' as const,
      byDefault: false,
      source: 'Maester',
    };
    expect(newKpi('maester-cisa', m, [ms], ['rapidly-modernize-security-posture'])).toEqual({
      title: 'Maester tests passed: CISA',
      unit: '%',
      direction: 'higher',
      source: 'Maester',
    });
    const points = { ...m, id: 'device-secure-score', unit: 'points' };
    expect(newKpi('my-device-score', points, [ms], [])).not.toHaveProperty('target');
  });
});

describe('the KPIs an import creates per product or per block', () => {
  const scope = ['rapidly-modernize-security-posture'];
  it('take the scenario of the overall KPI: ScubaGear per product, Maester per block', () => {
    const scuba = readSource('scubagear', [inputFile('samples/scubagear-ScubaResults.synthetic.json')]);
    const maester = readSource('maester', [inputFile('samples/maester-TestResults.synthetic.json')]);
    const created = [...scuba.metrics, ...maester.metrics].map((m) => [m.id, newKpi(m.id, m, [ms], scope).scenario]);
    expect(created).toEqual([
      ['scubagear-shall', 'rapidly-modernize-security-posture'],
      ['scubagear-aad', 'rapidly-modernize-security-posture'],
      ['scubagear-teams', 'rapidly-modernize-security-posture'],
      ['maester-pass', 'rapidly-modernize-security-posture'],
      ['maester-cisa', 'rapidly-modernize-security-posture'],
      ['maester-eidsca', 'rapidly-modernize-security-posture'],
      ['maester-maester-entra', 'rapidly-modernize-security-posture'],
      ['maester-cis', 'rapidly-modernize-security-posture'],
    ]);
  });
  it('have none when the overall KPI would have none: its scenario out of scope, or no overall KPI', () => {
    const aad = readSource('scubagear', [inputFile('samples/scubagear-ScubaResults.synthetic.json')]).metrics[1]!;
    expect(newKpi(aad.id, aad, [ms], []).scenario).toBeUndefined();
    expect(
      newKpi('zta-newpillar', { ...aad, id: 'zta-newpillar', family: undefined }, [ms], scope).scenario,
    ).toBeUndefined();
  });
});
