import path from 'node:path';
import { validateFolder as validate } from '../../src/pipeline/validate.js';
import { buildModel } from '../../src/model/build-model.js';
import type { ProgramModel } from '../../src/model/types.js';
import type { ProgramData } from '../../src/validate/program-data.js';
import { fixturesDir } from './cli.js';

/** Validates a program folder and fails the test (with the problems) unless it is valid. */
export async function validData(dir: string): Promise<ProgramData> {
  const result = await validate(dir);
  if (!result.data)
    throw new Error(
      `expected ${dir} to be valid:\n${result.problems.map((p) => `${p.location?.file}:${p.location?.line} ${p.message}`).join('\n')}`,
    );
  return result.data;
}

export async function modelOf(dir: string): Promise<ProgramModel> {
  return buildModel(await validData(dir));
}

export const validFixture = (name: string) => path.join(fixturesDir, 'valid', name);

/** The default template and its words, for unit tests of the renderers. */
export async function defaultTemplate() {
  const { loadTemplate } = await import('../../src/templating/load-template.js');
  const { Wording } = await import('../../src/templating/wording.js');
  const loaded = await loadTemplate('default');
  if (!loaded.template)
    throw new Error(`the default template does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return { template: loaded.template, theme: loaded.template.theme, wording: new Wording(loaded.template) };
}
