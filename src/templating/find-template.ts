import { stat } from 'node:fs/promises';
import path from 'node:path';
import { builtinTemplatesDir } from '../paths.js';
import { readdir } from 'node:fs/promises';
import { displayPath } from '../problems/display-path.js';
import type { ProblemCode } from '../problems/problem-codes.js';
import { suggestionHint } from '../problems/suggest.js';
import { isPathRef } from '../schema/template-ref.js';

export const TEMPLATE_FILE = 'template.yaml';

async function isTemplate(dir: string): Promise<boolean> {
  return stat(path.join(dir, TEMPLATE_FILE)).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    const names: string[] = [];
    for (const e of entries) if (e.isDirectory() && (await isTemplate(path.join(dir, e.name)))) names.push(e.name);
    return names;
  } catch {
    return [];
  }
}

export type Found = { ok: true; dir: string } | { ok: false; code: ProblemCode; message: string; hint: string };

/**
 * Finds a template folder. A path resolves against `base` (the folder of the
 * file that names it, or the working directory for --template). A name is looked
 * for next to `base` when a template extends another, then in ./templates, then
 * among the templates that ship with ztdeck.
 */
export async function findTemplate(ref: string, base: string, cwd: string, siblings: boolean): Promise<Found> {
  if (isPathRef(ref)) {
    const dir = path.resolve(base, ref);
    if (await isTemplate(dir)) return { ok: true, dir };
    const exists = await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!exists)
      return {
        ok: false,
        code: 'path-not-found',
        message: `the template folder ${displayPath(dir)} does not exist`,
        hint: `"${ref}" is read from ${displayPath(base)}/; correct the path, or copy the template folder there`,
      };
    return {
      ok: false,
      code: 'unknown-template',
      message: `${displayPath(dir)} is not a template folder (it has no ${TEMPLATE_FILE})`,
      hint: 'give the folder that holds template.yaml, theme.yaml and deck.yaml',
    };
  }
  const places = [...(siblings ? [base] : []), path.join(cwd, 'templates'), builtinTemplatesDir];
  for (const place of places) {
    const dir = path.join(place, ref);
    if (await isTemplate(dir)) return { ok: true, dir };
  }
  const known = [...new Set((await Promise.all(places.map(namesIn))).flat())].sort();
  return {
    ok: false,
    code: 'unknown-template',
    message: `there is no template "${ref}"`,
    hint: suggestionHint(
      ref,
      known,
      `templates: ${known.join(', ')}; a template is a folder with ${TEMPLATE_FILE} in ./templates, or give its path`,
    ),
  };
}
