import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFixture, inputText, readSource } from '../../helpers/imports.js';

/** A fixture with every value of a field replaced by another. */
function withEvery(rel: string, field: string, value: string) {
  const text = readFileSync(importFixture(rel), 'utf8').replace(
    new RegExp(`"${field}": "[^"]*"`, 'g'),
    `"${field}": "${value}"`,
  );
  return inputText(rel, text);
}

describe('a state named after a prototype member (constructor) is an unknown state, not a function', () => {
  it('a device compliance state', () => {
    const r = readSource('intune', [
      withEvery('samples/graph-managedDevices.synthetic.json', 'complianceState', 'constructor'),
    ]);
    expect(r.measurements).toEqual([]);
    expect(r.problems.map((p) => p.message)).toContain(
      '$.value[0].complianceState: "constructor" is not a compliance state ztdeck knows',
    );
  });

  it("a Secure Score control's state", () => {
    const r = readSource('secure-score', [
      inputText(
        'variants/secure-score-history-pages.json',
        readFileSync(importFixture('variants/secure-score-history-pages.json'), 'utf8'),
      ),
      withEvery('variants/secure-score-control-profiles-excluded.json', 'state', 'Constructor'),
    ]);
    expect(r.excludedControls).toEqual([]);
  });
});
