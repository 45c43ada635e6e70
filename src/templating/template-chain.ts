import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../data/source-file.js';
import { problem, type Problem, type SourceLocation } from '../problems/problem.js';
import { isPathRef } from '../schema/template-ref.js';
import { findTemplate } from './find-template.js';
import { readLayer, type Layer } from './read-layer.js';
import { TemplateFolder } from './template-folder.js';

const MAX_DEPTH = 10;

/**
 * The layers of a template and of what it extends, the template's own first,
 * each read once (a circle, or a chain deeper than MAX_DEPTH, is a problem);
 * `folders` are the real paths read, also when it failed. No layers when a
 * template could not be found or read.
 */
export async function readChain(
  ref: string,
  options: { base?: string; cwd?: string; from?: SourceLocation | undefined },
  problems: Problem[],
): Promise<{ layers?: Layer[]; folders: string[] }> {
  const cwd = options.cwd ?? process.cwd();
  const layers: Layer[] = [];
  const seen: string[] = [];
  let next: { ref: string; base: string; siblings: boolean; from?: SourceFile } | undefined = {
    ref,
    base: options.base ?? cwd,
    siblings: false,
  };
  while (next) {
    const found = await findTemplate(next.ref, next.base, cwd, next.siblings);
    if (!found.ok) {
      // The template the program names is located at template: in program.yaml; one it extends at extends:.
      const location = next.from ? next.from.locate(['extends']) : options.from;
      problems.push(problem(found.code, found.message, { hint: found.hint, location }));
      return { folders: seen };
    }
    const real = await realpath(found.dir);
    if (seen.includes(real) || seen.length >= MAX_DEPTH) {
      const names = [...seen, real].map((d) => path.basename(d));
      const circle = seen.includes(real);
      problems.push(
        problem(
          'template-cycle',
          circle
            ? `templates extend each other in a circle: ${names.join(' → ')}`
            : `templates extend each other more than ${MAX_DEPTH} deep: ${names.join(' → ')}`,
          {
            hint: circle
              ? 'remove extends: from one of them'
              : `merge some of them; at most ${MAX_DEPTH} templates can extend one another`,
            location: next.from?.locate(['extends']),
          },
        ),
      );
      return { folders: seen };
    }
    seen.push(real);
    const layer = await readLayer(new TemplateFolder(found.dir, problems), problems);
    if (!layer) return { folders: seen };
    layers.push(layer);
    // A path in template.yaml resolves against the template's own folder; a name is looked for beside it first.
    const ext = layer.meta.extends;
    next = ext
      ? { ref: ext, base: isPathRef(ext) ? found.dir : path.dirname(found.dir), siblings: true, from: layer.metaFile }
      : undefined;
  }
  return { layers, folders: seen };
}
