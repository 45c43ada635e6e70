import { describe, expect, it } from 'vitest';
import { inputFile, readSource, values } from '../../helpers/imports.js';

describe('entra-auth-methods', () => {
  it('counts MFA-registered and passwordless-capable members, guests left out, dated by the latest update (a hint)', () => {
    const r = readSource('entra-auth-methods', [inputFile('samples/graph-userRegistrationDetails.synthetic.json')]);
    expect(values(r)).toEqual([
      ['mfa-coverage', '2026-11-14', 50, '1 of 2 members MFA-registered; 1 guest left out'],
      ['passwordless-capable', '2026-11-14', 50, '1 of 2 members passwordless-capable; 1 guest left out'],
    ]);
    expect(r.measurements.every((m) => m.stampIsHint)).toBe(true);
  });
  it('reads Graph PowerShell pages: PascalCase, AdditionalProperties, a user in two pages counted once', () => {
    const r = readSource('entra-auth-methods', [inputFile('variants/entra-user-registration-powershell.json')]);
    expect(values(r).map((v) => v.slice(1))).toEqual([
      ['2026-11-15', 66.7, '2 of 3 members MFA-registered; 1 guest left out'],
      ['2026-11-15', 33.3, '1 of 3 members passwordless-capable; 1 guest left out'],
    ]);
  });
  it('reads usersRegisteredByFeature (capable, not registered; no date)', () => {
    const r = readSource('entra-auth-methods', [inputFile('samples/graph-usersRegisteredByFeature.synthetic.json')]);
    expect(values(r)).toEqual([
      ['mfa-coverage', undefined, 98.9, '1236 of 1250 member users mfaCapable'],
      ['passwordless-capable', undefined, 52, '650 of 1250 member users passwordlessCapable'],
    ]);
  });
  it('caps a count above the total at 100 % and warns', () => {
    const r = readSource('entra-auth-methods', [inputFile('variants/entra-feature-over-total.json')]);
    expect(values(r).map((v) => v[2])).toEqual([100, 40]);
    expect(r.problems.map((p) => [p.severity, p.message])).toEqual([
      [
        'warning',
        '$.userRegistrationFeatureCounts[1]: mfaCapable counts 1020 users, more than totalUserCount 1000; the value is capped at 100%',
      ],
    ]);
  });
});
