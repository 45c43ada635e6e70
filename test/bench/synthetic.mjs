// Synthetic programs for the scaling benchmark: the example with k times its
// objectives (custom objectives spread over stages), KPIs with k times the
// values, and k times the risks.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const STATUSES = ['complete', 'in-progress', 'not-started', 'at-risk', 'blocked', 'not-started'];

export function syntheticProgram(exampleDir, k) {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), `ztdeck-bench-${k}x-`)), 'data');
  cpSync(exampleDir, dir, { recursive: true });
  if (k === 1) return dir;
  for (const file of readdirSync(path.join(dir, 'scenarios'))) {
    const p = path.join(dir, 'scenarios', file);
    const text = readFileSync(p, 'utf8');
    const catalogCount = (text.match(/^ {2}[a-z0-9-]+:\s+#/gm) ?? []).length || 12;
    const tracks = /scenario: prevent-reduce-business-damage-breach/.test(text);
    const extra = [];
    for (let i = 0; i < (k - 1) * catalogCount; i++) {
      const status = STATUSES[i % STATUSES.length];
      extra.push(
        `  bench-${i}:\n    title: Synthetic objective ${i} for the scaling benchmark, with a realistic length\n    stage: ${(i % 4) + 1}\n${tracks ? `    track: ${i % 2 ? 'infrastructure' : 'threat-protection'}\n` : ''}    status: ${status}\n${status === 'complete' ? '    completed: 2026-10-01\n' : ''}${status === 'blocked' ? '    blockers: [Waiting]\n' : ''}    owner: Owner ${i % 17}\n    due: 2027-0${(i % 9) + 1}-15\n`,
      );
    }
    const withCustom = text.includes('custom_objectives:')
      ? text.replace(/custom_objectives:\s*\{\}\s*$/m, 'custom_objectives:')
      : `${text}\ncustom_objectives:\n`;
    writeFileSync(p, `${withCustom.trimEnd()}\n${extra.join('')}`);
  }
  // KPIs: k times the values, earlier months first (the series must stay in date order).
  const kpis = readFileSync(path.join(dir, 'kpis.yaml'), 'utf8').replace(
    / {4}series:[^\n]*\n((?: {6}\d{4}-\d{2}-\d{2}: [\d.]+\n)+)/g,
    (_, values) => {
      const earlier = [];
      for (let m = (k - 1) * 7; m > 0; m--) {
        const d = new Date(Date.UTC(2026, 4, 15 - m * 14));
        earlier.push(`      ${d.toISOString().slice(0, 10)}: ${(10 + (m % 7)).toFixed(1)}\n`);
      }
      return `    series:\n${earlier.join('')}${values}`;
    },
  );
  writeFileSync(path.join(dir, 'kpis.yaml'), kpis);
  const risks = [];
  for (let i = 0; i < (k - 1) * 9; i++)
    risks.push(
      `  bench-risk-${i}:\n    title: Synthetic risk ${i}\n    likelihood: ${(i % 5) + 1}\n    impact: ${((i * 3) % 5) + 1}\n    treatment: reduce\n    owner: Owner ${i % 11}\n    trend: stable\n`,
    );
  appendFileSync(path.join(dir, 'risks.yaml'), risks.join(''));
  return dir;
}
