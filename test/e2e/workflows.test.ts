import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

/**
 * The GitHub Actions workflows the README gives a program repository, read as
 * YAML: current Node and actions, least privilege, and every ztdeck command
 * they run is one ztdeck has.
 */
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, { paths?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const workflows = [...readme.matchAll(/```yaml\n(# \.github\/workflows\/[^\n]+\n[\s\S]*?)```/g)].map(
  (m) => parse(m[1] ?? '') as Workflow,
);

describe("the README's workflows", () => {
  it('are there and parse', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
  });

  it('use the current Node LTS and actions that run on it', () => {
    for (const w of workflows)
      for (const job of Object.values(w.jobs))
        for (const step of job.steps) {
          if (step.uses?.startsWith('actions/setup-node')) expect(step.with?.['node-version']).toBe(24);
          if (step.uses?.startsWith('actions/')) expect(step.uses).toMatch(/@v[5-9]$/);
        }
  });

  it('read the repository by default and write only where a job must', () => {
    for (const w of workflows) {
      expect(w.permissions).toEqual({ contents: 'read' });
      for (const job of Object.values(w.jobs))
        if (job.permissions?.['pull-requests'] === 'write')
          expect(job.steps.some((s) => /create-pull-request|comment/.test(s.uses ?? s.run ?? ''))).toBe(true);
    }
  });

  it('run when the data, the templates or the dependencies change', () => {
    const triggered = workflows.filter((w) => w.on.pull_request || w.on.push);
    expect(triggered.length).toBeGreaterThan(0);
    for (const w of triggered)
      for (const event of [w.on.pull_request, w.on.push])
        expect(event?.paths).toEqual(expect.arrayContaining(['data/**', 'package.json', 'package-lock.json']));
  });

  it('call only ztdeck commands that exist', async () => {
    const help = (await runCli(['--help'])).stdout;
    const commands = [...help.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    const used = workflows.flatMap((w) =>
      Object.values(w.jobs).flatMap((j) =>
        j.steps.flatMap((s) => [...(s.run ?? '').matchAll(/npx ztdeck ([a-z]+)/g)].map((m) => m[1])),
      ),
    );
    expect(used.length).toBeGreaterThan(3);
    for (const command of used) expect(commands, command).toContain(command);
  });
});
