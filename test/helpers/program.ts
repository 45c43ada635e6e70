import path from 'node:path';
import { validate } from '../../src/api.js';
import { buildModel } from '../../src/model/build-model.js';
import type { ProgramModel } from '../../src/model/types.js';
import type { ProgramData } from '../../src/validate/program-data.js';
import { fixturesDir } from './cli.js';

/** Validates a program folder and fails the test (with the problems) unless it is valid. */
export async function validData(dir: string): Promise<ProgramData> {
  const result = await validate(dir);
  if (!result.data) throw new Error(`expected ${dir} to be valid:\n${result.problems.map((p) => `${p.location?.file}:${p.location?.line} ${p.message}`).join('\n')}`);
  return result.data;
}

export async function modelOf(dir: string): Promise<ProgramModel> {
  return buildModel(await validData(dir));
}

export const validFixture = (name: string) => path.join(fixturesDir, 'valid', name);
