import { errorAt, type Problem } from '../problems/problem.js';
import { isWrapper } from './input/json-view.js';
import type { InputDoc } from './input/read-input.js';
import { importers } from './sources/registry.js';
import { sourceIds, type DetectedDoc, type SourceId } from './types.js';

/** "an intune file", "a zta file": the article as each id is said (MDE letter by letter, "em-dee-ee"). */
const ARTICLE: Readonly<Record<SourceId, 'a' | 'an'>> = {
  'secure-score': 'a',
  zta: 'a',
  intune: 'an',
  'entra-auth-methods': 'an',
  'defender-cloud': 'a',
  maester: 'a',
  scubagear: 'a',
  mde: 'an',
};
const aFile = (s: SourceId) => `${ARTICLE[s]} ${s} file`;

const keyList = (keys: readonly string[]) => `${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}`;

/** What a file looks like, said when it matches no shape. */
function describe(doc: InputDoc): string {
  if (doc.kind === 'csv')
    return `a CSV with the columns ${doc.table.header.slice(0, 8).join(', ')}${doc.table.header.length > 8 ? ', …' : ''}`;
  const root = doc.root;
  if (root.isArray)
    return `a JSON list of ${root.items().length} items${root.items()[0]?.isObject ? ` whose first has the keys ${root.items()[0]?.keys().slice(0, 8).join(', ')}` : ''}`;
  const keys = root.keys();
  const value = root.get('value');
  if (value?.isArray)
    return `a JSON object whose value[] items have the keys ${value.items()[0]?.keys().slice(0, 8).join(', ') || '(none)'}`;
  if (value?.isObject && isWrapper(root))
    return `a JSON object whose value holds one object with the keys ${keyList(value.keys()) || '(none)'}`;
  return keys.length ? `a JSON object with the keys ${keyList(keys)}` : 'an empty JSON object';
}

function shapesOf(ids: readonly SourceId[]): string {
  return ids.flatMap((s) => importers[s].shapes.map((sh) => `${s} ${sh.label}: ${sh.expects}`)).join('; ');
}

/**
 * Finds the source and shape of each file: among the named source's shapes,
 * or every source's. A file that matches none is an error that says what was
 * expected and what the file holds instead.
 */
export function detectSources(
  docs: readonly InputDoc[],
  named?: SourceId,
): { bySource: Map<SourceId, DetectedDoc[]>; problems: Problem[] } {
  const bySource = new Map<SourceId, DetectedDoc[]>();
  const problems: Problem[] = [];
  const candidates = named ? [named] : sourceIds;
  for (const doc of docs) {
    const hit = candidates.flatMap((s) =>
      importers[s].shapes.filter((sh) => sh.detect(doc)).map((shape) => ({ source: s, shape })),
    )[0];
    if (hit) {
      bySource.set(hit.source, [...(bySource.get(hit.source) ?? []), { doc, shape: hit.shape }]);
      continue;
    }
    const elsewhere = named
      ? sourceIds.find((s) => s !== named && importers[s].shapes.some((sh) => sh.detect(doc)))
      : undefined;
    const expected = `expected one of: ${shapesOf(candidates)}`;
    problems.push(
      errorAt(
        doc.file,
        'import-unknown-shape',
        `${named ? `this is not ${aFile(named)}` : 'ztdeck cannot tell which tool wrote this file'}: it is ${describe(doc)}`,
        elsewhere
          ? `it looks like ${aFile(elsewhere)}: run ztdeck import ${elsewhere} ${doc.name} (${expected})`
          : expected,
      ),
    );
  }
  return { bySource, problems };
}
