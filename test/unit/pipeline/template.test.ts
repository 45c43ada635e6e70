import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTemplate } from '../../../src/pipeline/template.js';
import { fixturesDir, repoRoot } from '../../helpers/cli.js';

describe('openTemplate', () => {
  const programDir = path.join(repoRoot, 'data');
  it('takes the flag over the program file, and the program file over the default', async () => {
    expect((await openTemplate({ flag: 'dark', program: 'default', programDir })).opened?.template.name).toBe('dark');
    expect((await openTemplate({ program: 'dark', programDir })).opened?.template.name).toBe('dark');
    expect((await openTemplate({ programDir })).opened?.template.name).toBe('default');
  });
  it("relabels the stages in the template's words", async () => {
    const { opened } = await openTemplate({ flag: path.join(fixturesDir, 'templates', 'phases'), programDir });
    const model = { catalog: { stageLabels: ['Stage 1'] }, scenarios: [], since: [] } as unknown as Parameters<
      NonNullable<typeof opened>['relabel']
    >[0];
    expect(opened?.relabel(model).catalog.stageLabels).toEqual(['Phase 1']);
  });
  it('returns the problems of a template that does not load', async () => {
    const { opened, problems } = await openTemplate({ flag: 'drak', programDir });
    expect(opened).toBeUndefined();
    expect(problems[0]).toMatchObject({ code: 'unknown-template' });
  });
});
