import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { repoRoot, STACK_LINE } from '../helpers/cli.js';

/**
 * A bounded fuzz run over the example program: a fixed seed, a few hundred
 * mutations of its YAML (values a spreadsheet or a hurried edit produces, and
 * hostile ones), each built in-process. Whatever the input, a build ends with
 * success or a user error: never an internal error (exit 70) or a stack
 * trace, and never a file written when it fails.
 */
const SEED = 20261129;
const RUNS = Number(process.env.ZTDECK_FUZZ_RUNS ?? 240);

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strange values by the kind of value they replace, so a date meets strange dates and a number strange numbers. */
const DATES = [
  '2100-01-01',
  '1970-01-01',
  '1979-12-31',
  '2099-12-31',
  '1980-01-01',
  '2026-02-30',
  '2026-11-21',
  '0001-01-01',
  '2026-1-5',
];
const NUMBERS = [
  '1.7e308',
  '-1e400',
  '.nan',
  '.inf',
  '0',
  '-1',
  '100.0001',
  '99.99',
  '0.05001',
  '1e12',
  '1650000000',
  '1e-300',
  '4.9e-324',
  '0x1F',
];
const ANY = [
  '""',
  "''",
  '~',
  'null',
  '[]',
  '{}',
  '"x\\u000b"',
  '"\\uD83D"',
  '"a\\u0000b"',
  '!!js/function x',
  '&a [1]',
  '*a',
  '"{{constructor.constructor}}"',
  'R&D <Team> "quoted"',
  '"\\u202E reversed"',
  `"${'W'.repeat(400)}"`,
  'https://x.example',
  'javascript:alert(1)',
  '"مرحبا بالعالم"',
  '"数据保护"',
  '"👩🏽‍💻🇪🇺"',
  'not-started',
  'complete',
  'not-applicable',
  'blocked',
  'lower',
  'higher',
  ...DATES.slice(0, 3),
  ...NUMBERS.slice(0, 3),
];

function strangeFor(value: string, pick: <T>(items: readonly T[]) => T): string {
  if (/^\d{4}-\d{2}-\d{2}\b/.test(value)) return pick(DATES);
  if (/^-?[\d.]+(e-?\d+)?\b/i.test(value)) return pick(NUMBERS);
  return pick(ANY);
}

/** A `key: value` line's value, replaced by a strange one of its kind. */
function replaceValue(text: string, pick: <T>(items: readonly T[]) => T): string {
  const lines = text.split('\n');
  const candidates = lines
    .map((l, i) => (/:\s*\S/.test(l) && !l.trimStart().startsWith('#') ? i : -1))
    .filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const i = pick(candidates);
  lines[i] = (lines[i] ?? '').replace(/:\s*(.*)$/, (_, value: string) => `: ${strangeFor(value, pick)}`);
  return lines.join('\n');
}

type Mutation = (text: string, pick: <T>(items: readonly T[]) => T, r: () => number) => string;

/** Each mutation changes one thing in a file's text. */
const MUTATIONS: Mutation[] = [
  // Replace a scalar value with a strange one of its kind (twice as likely as the others: most mistakes are values).
  (text, pick) => replaceValue(text, pick),
  (text, pick) => replaceValue(text, pick),
  // Delete a line.
  (text, pick) => {
    const lines = text.split('\n');
    lines.splice(pick(lines.map((_, i) => i)), 1);
    return lines.join('\n');
  },
  // Duplicate a line (duplicate keys, extra items).
  (text, pick) => {
    const lines = text.split('\n');
    const i = pick(lines.map((_, j) => j));
    lines.splice(i, 0, lines[i] ?? '');
    return lines.join('\n');
  },
  // Flip a byte to a random character, printable or not.
  (text, _, r) => {
    const i = Math.floor(r() * text.length);
    return text.slice(0, i) + String.fromCharCode(Math.floor(r() * 0x2100)) + text.slice(i + 1);
  },
  // Shift a line's indentation.
  (text, pick, r) => {
    const lines = text.split('\n');
    const i = pick(lines.map((_, j) => j));
    lines[i] = r() < 0.5 ? ` ${lines[i] ?? ''}` : (lines[i] ?? '').replace(/^ /, '');
    return lines.join('\n');
  },
  // Append a block of many entries (lists past their caps, long series).
  (text, pick) => {
    const n = pick([30, 120, 600]);
    if (text.startsWith('decisions:') || text.includes('\ndecisions:'))
      return `${text}\n${Array.from({ length: n }, (_, i) => `  fz${i}:\n    title: Fuzz ${i}\n    asked_of: CFO\n    needed_by: 2026-12-0${(i % 9) + 1}`).join('\n')}\n`;
    if (text.includes('\nkpis:'))
      return text.replace(
        /series:[^\n]*\n/,
        (m) =>
          `${m}${Array.from({ length: Math.min(n, 200) }, (_, i) => `      ${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01: ${(i * 7919) % 1000}\n`).join('')}`,
      );
    return `${text}\n${'['.repeat(n)}`;
  },
];

function silentIo(): CliIo & { stderr: () => string } {
  let err = '';
  return {
    out: () => undefined,
    err: (t) => {
      err += t;
    },
    env: { NO_COLOR: '1', CI: '1' },
    errIsTTY: false,
    stderr: () => err,
  };
}

describe('fuzzing the example program', () => {
  it(
    `${RUNS} mutations (seed ${SEED}): no internal error, no stack trace, nothing written on failure`,
    // A safety net against a hang, not a measure of speed: 240 builds take about 100 s on a loaded 2-core machine.
    { timeout: 600_000 },
    async () => {
      const r = random(SEED);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
      const example = path.join(repoRoot, 'data');
      const files = [
        'program.yaml',
        'kpis.yaml',
        'risks.yaml',
        'decisions.yaml',
        'highlights.yaml',
        ...readdirSync(path.join(example, 'scenarios')).map((f) => `scenarios/${f}`),
      ];
      const outcomes = { ok: 0, refused: 0 };
      const failures: string[] = [];
      for (let run = 0; run < RUNS; run++) {
        const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ztdeck-fuzz-')), 'data');
        cpSync(example, dir, { recursive: true });
        const changed: string[] = [];
        // One run in eight moves the whole program in time, to the edges of the years a deck can carry.
        if (r() < 1 / 8) {
          const years = pick([-47, -46, 20, 73, 74, 80]);
          for (const file of files) {
            const full = path.join(dir, file);
            writeFileSync(
              full,
              readFileSync(full, 'utf8').replace(
                /\b(\d{4})(-\d{2}-\d{2})\b/g,
                (_, y: string, rest: string) => `${Number(y) + years}${rest}`,
              ),
            );
          }
          changed.push(`every date ${years > 0 ? '+' : ''}${years} years`);
        }
        for (let m = 0; m < 1 + Math.floor(r() * 3); m++) {
          const file = pick(files);
          const full = path.join(dir, file);
          writeFileSync(full, pick(MUTATIONS)(readFileSync(full, 'utf8'), pick, r));
          changed.push(file);
        }
        const out = path.join(dir, '..', 'out');
        const io = silentIo();
        // PNGs (the renderer that once ran away on huge numbers) for a quarter of the runs; every run builds the deck and the reports.
        const formats = run % 4 === 0 ? 'pptx,png,json,md' : 'pptx,json,md';
        const code = await main(['build', dir, '--out', out, '--format', formats, '--quiet'], io);
        const stderr = io.stderr();
        const what = `run ${run} (${changed.join(', ')}): exit ${code}`;
        if (code !== 0 && code !== 1) failures.push(`${what}\n${stderr.slice(0, 2000)}`);
        else if (STACK_LINE.test(stderr) || stderr.includes('internal error'))
          failures.push(`${what}: stack trace\n${stderr.slice(0, 2000)}`);
        else if (code !== 0 && existsSync(out))
          failures.push(`${what}: wrote ${readdirSync(out).join(', ')} although it failed`);
        else if (code === 0 && !readdirSync(out).some((f) => f.endsWith('.pptx')))
          failures.push(`${what}: succeeded without a deck`);
        outcomes[code === 0 ? 'ok' : 'refused']++;
      }
      expect(failures, failures.join('\n\n')).toEqual([]);
      // The mutations must reach both paths, or the run proves little.
      expect(outcomes.ok).toBeGreaterThan(RUNS / 10);
      expect(outcomes.refused).toBeGreaterThan(RUNS / 10);
    },
  );
});
