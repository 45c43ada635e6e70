import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot, runCli, STACK_LINE } from '../helpers/cli.js';
import { applyEdits, MONTH_LATER, NEW_RISK } from '../helpers/edits.js';
import { openDeck } from '../helpers/pptx.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-changes-'));
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.invalid',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.invalid',
    },
  }).toString();

/** A git repository made in the test: the example committed, then a month later committed on top. */
function repository(): string {
  const repo = tmp();
  cpSync(path.join(repoRoot, 'data'), path.join(repo, 'data'), { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'November');
  applyEdits(path.join(repo, 'data'), MONTH_LATER);
  appendFileSync(path.join(repo, 'data', 'risks.yaml'), NEW_RISK);
  git(repo, 'commit', '-qam', 'December');
  return repo;
}

describe('ztdeck diff between two commits', async () => {
  const repo = repository();
  const status = git(repo, 'status', '--porcelain');
  const r = await runCli(['diff', 'HEAD~1', 'HEAD'], { cwd: repo });

  it('prints exactly what changed', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        'What changed since 20 Nov 2026 (HEAD~1 → HEAD)',
        '',
        'Overall: 40% → 41% (+1 pp)',
        '  Rapidly modernize your security posture: 56% → 56% (0)',
        '  Secure remote and hybrid work: 90% → 100% (+10)',
        '  Identify and protect sensitive business data: 26% → 26% (0)',
        '  Prevent or reduce business damage from a breach: 37% → 37% (0)',
        '  Meet regulatory and compliance requirements: 0% → 0% (0)',
        '',
        'Completed (1)',
        '  Implement passwordless authentication (Remote and hybrid work, Stage 4)',
        '',
        'Newly blocked (1)',
        '  Implement a patching plan (Breach prevention and recovery, Stage 2): In progress → Blocked',
        '',
        'Due dates that slipped (1)',
        '  Implement a patching plan (Breach prevention and recovery): 29 Jan 2027 → 31 Mar 2027 (+61 days)',
        '',
        'New owners (1)',
        '  Implement a patching plan (Breach prevention and recovery): Tomasz Wiśniewski → Ana Costa',
        '',
        'Stages that changed state (1)',
        '  Remote and hybrid work, Stage 4: In progress → Complete',
        '',
        'KPIs (2)',
        '  Microsoft Secure Score (Exposure Management): measured differently (target 75 → 80), not compared',
        '  MFA coverage (all accounts, including subcontractor drivers): 98.9% → 99.2%, better',
        '',
        'Risks (2)',
        '  Re-rated: Ransomware stops the warehouse management system during peak season, score 20 → 15',
        "  Opened: A haulier's breach spreads into our network (score 12)",
        '',
        'Decisions (1)',
        '  Decided: Fund the Microsoft 365 E5 Information Protection and Governance add-on for 1,400 office users: Funded from January 2027 for office users.',
        '',
      ].join('\n'),
    );
  });
  it('reads the revisions with git and leaves the working tree alone', () => {
    expect(status).toBe('');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });
  it('compares a revision with the working folder, and a folder with a folder', async () => {
    const vsWorking = await runCli(['diff', 'HEAD~1'], { cwd: repo });
    expect(vsWorking.stdout.split('\n').slice(2).join('\n')).toBe(r.stdout.split('\n').slice(2).join('\n'));
    const folders = await runCli(['diff', path.join(repoRoot, 'data'), path.join(repo, 'data')]);
    expect(folders.stdout).toContain('Completed (1)');
  });
  it('prints Markdown and JSON', async () => {
    const md = await runCli(['diff', 'HEAD~1:data', '--format', 'md'], { cwd: repo });
    expect(md.stdout).toContain('### What changed since 20 Nov 2026 (HEAD\\~1:data → data)');
    expect(md.stdout).toContain('| Secure remote and hybrid work | 90% | 100% | +10 |');
    const json = JSON.parse((await runCli(['diff', 'HEAD~1', '--format', 'json'], { cwd: repo })).stdout) as {
      diff: { overall: { delta: number } };
    };
    expect(json.diff.overall.delta).toBe(1);
  });
  it('explains an unknown revision', async () => {
    const bad = await runCli(['diff', 'no-such-tag'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"no-such-tag" is neither a folder nor a git revision');
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });
});

describe('ztdeck build --since', async () => {
  const repo = repository();
  const out = tmp();
  const r = await runCli(['build', '--since', 'HEAD~1', '--out', out, '--format', 'pptx,md,json'], { cwd: repo });
  const deck = await openDeck(readFileSync(path.join(out, 'alder-finch-logistics-2026-12-18.pptx')));

  it('adds a "What changed" slide after the summary, with the same changes', () => {
    expect(r.code, r.stderr).toBe(0);
    const changes = deck.slides.findIndex((s) => s.title === 'What changed since 20 Nov 2026');
    // Right after the summary (and the slides that continue it).
    expect(deck.slides.slice(1, changes).every((s) => s.title.startsWith('Executive summary'))).toBe(true);
    const text = deck.slides[changes]?.text ?? '';
    for (const s of [
      'Completed (1)',
      'Implement passwordless authentication (Remote and hybrid work, Stage 4)',
      'Newly blocked (1)',
      '+61 days',
      "Opened: A haulier's breach spreads into our network (score 12)",
    ])
      expect(text).toContain(s);
    expect(deck.slides[changes]?.notes).toContain('overall progress went from 40% to 41%');
  });
  it('shows the deltas on the summary and the glance', () => {
    expect(deck.slides[1]?.text).toContain('+1 pp since 20 Nov 2026');
    expect(deck.slides.find((s) => s.title === 'Program at a glance')?.text).toContain('10 of 10 · +10 pp');
  });
  it('adds the changes to the Markdown summary and the JSON', () => {
    const md = readFileSync(path.join(out, 'summary.md'), 'utf8');
    expect(md).toContain('**What changed since 20 Nov 2026:** 40% → 41% (+1 pp)');
    const json = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as {
      changes: { sections: { id: string }[] };
    };
    expect(json.changes.sections.map((s) => s.id)).toContain('completed');
  });
  it('still writes well-formed parts', async () => {
    for (const name of deck.entries.filter((e) => /\.(xml|rels)$/.test(e)))
      expect(XMLValidator.validate(await deck.part(name)), name).toBe(true);
  });
});

describe('many programs at once', async () => {
  const programs = tmp();
  for (const name of ['north', 'south', 'west'])
    cpSync(path.join(repoRoot, 'data'), path.join(programs, name), { recursive: true });
  cpSync(path.join(fixturesDir, 'invalid', 'unknown-status'), path.join(programs, 'broken'), { recursive: true });
  const out = tmp();
  const r = await runCli([
    'build',
    ...['north', 'broken', 'south', 'west'].map((n) => path.join(programs, n)),
    '--out',
    out,
    '--format',
    'pptx,json',
    '--jobs',
    '2',
  ]);

  it('builds every good program into its own folder, and says which one failed', () => {
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['north', 'south', 'west']);
    for (const name of ['north', 'south', 'west'])
      expect(readdirSync(path.join(out, name)).sort()).toEqual([
        'alder-finch-logistics-2026-11-20.pptx',
        'summary.json',
      ]);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'ok north:',
      'FAILED broken',
      'ok south:',
      'ok west:',
    ]);
    expect(r.stderr).toContain('scenarios/secure-remote-hybrid-work.yaml:12:13 error [invalid-value]');
    expect(r.stderr).toMatch(/Built: 3 of 4 programs in \d+\.\d s with 2 workers; 1 failed\n$/);
  });
  it('gives each program the same bytes as a build on its own', async () => {
    const alone = tmp();
    expect((await runCli(['build', path.join(programs, 'north'), '--out', alone, '--format', 'pptx'])).code).toBe(0);
    const a = readFileSync(path.join(alone, 'alder-finch-logistics-2026-11-20.pptx'));
    expect(readFileSync(path.join(out, 'north', 'alder-finch-logistics-2026-11-20.pptx')).equals(a)).toBe(true);
  });
  it('with --check writes nothing', async () => {
    const none = tmp();
    const c = await runCli([
      'build',
      path.join(programs, 'north'),
      path.join(programs, 'south'),
      '--out',
      none,
      '--check',
      '--format',
      'json',
    ]);
    expect(c.code).toBe(0);
    expect(readdirSync(none)).toEqual([]);
    expect(statSync(none).isDirectory()).toBe(true);
  });
});
