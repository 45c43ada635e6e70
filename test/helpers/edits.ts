import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './cli.js';

export interface Edit {
  file: string;
  from: string;
  to: string;
}

/** Applies exact replacements to the files of a program folder; a replacement that finds nothing is a test bug. */
export function applyEdits(dir: string, edits: readonly Edit[]): void {
  for (const e of edits) {
    const file = path.join(dir, e.file);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(e.from))
      throw new Error(`edit not applied: ${e.file} has no ${JSON.stringify(e.from.slice(0, 60))}`);
    writeFileSync(file, text.replace(e.from, e.to));
  }
}

/** A copy of the example program in a new temporary folder. */
export function copyOfExample(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ztdeck-program-')), 'data');
  cpSync(path.join(repoRoot, 'data'), dir, { recursive: true });
  return dir;
}

/**
 * A month later in the example: a new reporting date; passwordless complete;
 * the patching plan blocked, handed to a new owner and due later; MFA measured
 * again; Secure Score's target raised; the ransomware risk re-rated and a new
 * risk opened; the licence decision taken.
 */
export const MONTH_LATER: Edit[] = [
  { file: 'program.yaml', from: 'date: 2026-11-20', to: 'date: 2026-12-18' },
  { file: 'program.yaml', from: 'period_start: 2026-10-23', to: 'period_start: 2026-11-21' },
  {
    file: 'scenarios/secure-remote-hybrid-work.yaml',
    from: '  passwordless:               # Implement passwordless authentication\n    status: in-progress\n    percent: 60\n',
    to: '  passwordless:               # Implement passwordless authentication\n    status: complete\n    completed: 2026-12-10\n',
  },
  {
    file: 'scenarios/prevent-reduce-business-damage-breach.yaml',
    from: '    status: in-progress\n    percent: 60\n    owner: Tomasz Wiśniewski\n    started: 2026-07-06\n    due: 2027-01-29\n',
    to: '    status: blocked\n    percent: 60\n    owner: Ana Costa\n    started: 2026-07-06\n    due: 2027-03-31\n    blockers: [The peak-season change freeze was extended to February]\n',
  },
  { file: 'kpis.yaml', from: '      2026-11-15: 98.9\n', to: '      2026-11-15: 98.9\n      2026-12-15: 99.2\n' },
  { file: 'kpis.yaml', from: '    target: 75\n', to: '    target: 80\n' },
  {
    file: 'risks.yaml',
    from: '  ransomware-wms:\n    title: Ransomware stops the warehouse management system during peak season\n',
    to: '  ransomware-wms:\n    title: Ransomware stops the warehouse management system during peak season\n    # re-rated after the tabletop exercise\n',
  },
  {
    file: 'risks.yaml',
    from: 'likelihood: 4      # 1 rare .. 5 almost certain',
    to: 'likelihood: 3      # 1 rare .. 5 almost certain',
  },
  {
    file: 'decisions.yaml',
    from: '    needed_by: 2026-12-04\n    status: open   # open, decided or deferred\n',
    to: '    needed_by: 2026-12-04\n    status: decided   # open, decided or deferred\n    outcome: Funded from January 2027 for office users.\n',
  },
];

/** A risk opened in the later state, appended to risks.yaml. */
export const NEW_RISK =
  "  supplier-breach:\n    title: A haulier's breach spreads into our network\n    likelihood: 3\n    impact: 4\n    treatment: reduce\n    owner: CISO\n    trend: increasing\n";
