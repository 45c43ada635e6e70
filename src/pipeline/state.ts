import { resolveState } from '../data/state.js';
import { buildModel, type ModelOptions } from '../model/build-model.js';
import type { ProgramModel } from '../model/types.js';
import { hasErrors } from '../problems/problem.js';
import { UserError } from '../problems/user-error.js';
import { validateFolder } from './validate.js';

/** Loads, validates and models a state of a program (a folder or a git revision); its errors stop the command. */
export async function loadState(spec: string, programDir: string, options: ModelOptions = {}): Promise<ProgramModel> {
  const source = await resolveState(spec, process.cwd(), programDir);
  const validation = await validateFolder(source);
  if (!validation.data || hasErrors(validation.problems)) throw new UserError(validation.problems, 'input');
  return buildModel(validation.data, options);
}
