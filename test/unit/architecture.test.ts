import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

/**
 * The layers of ARCHITECTURE.md, checked on every import of src/ (type imports
 * and dynamic imports included): a module imports its own folder or a lower
 * layer, and the imports form no cycle.
 */
const src = path.join(repoRoot, 'src');

/** The layer table: each row's number and the folders and files it names in backquotes. */
function layers(): Map<string, number> {
  const table = readFileSync(path.join(repoRoot, 'ARCHITECTURE.md'), 'utf8').split('## Layers')[1] ?? '';
  const out = new Map<string, number>();
  for (const row of table.split('\n')) {
    const m = /^\|\s*(\d+)\s*\|([^|]+)\|/.exec(row);
    if (!m) continue;
    for (const name of m[2]?.matchAll(/`([^`]+)`/g) ?? []) out.set((name[1] ?? '').replace(/\/$/, ''), Number(m[1]));
  }
  return out;
}

function sourceFiles(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module of src/ and the modules of src/ it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((i) => i.fileName)
      .filter((s) => s.startsWith('.'))
      .map((s) => path.relative(src, path.resolve(path.dirname(file), s)).replace(/\.js$/, '.ts'));
    graph.set(path.relative(src, file), [...new Set(targets)]);
  }
  return graph;
}

/** The unit a module belongs to: its top folder (or the file itself at the top of src/). */
const unit = (module: string) => module.split(path.sep)[0] ?? module;

describe('the architecture', () => {
  const table = layers();
  const graph = importGraph();

  it('places every folder and top-level file of src/ in a layer', () => {
    const units = [...new Set([...graph.keys()].map(unit))];
    expect(units.filter((u) => !table.has(u))).toEqual([]);
    expect(table.size).toBeGreaterThan(10);
  });
  it('has no import from a higher layer', () => {
    const upward: string[] = [];
    for (const [from, targets] of graph) {
      for (const to of targets) {
        const [a, b] = [table.get(unit(from)) ?? 0, table.get(unit(to)) ?? 0];
        if (unit(from) !== unit(to) && b >= a) upward.push(`${from} (layer ${a}) imports ${to} (layer ${b})`);
      }
    }
    expect(upward).toEqual([]);
  });
  it('has no import cycle', () => {
    // Tarjan's strongly connected components: any component of more than one module is a cycle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    let counter = 0;
    const visit = (v: string): void => {
      index.set(v, counter);
      low.set(v, counter++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
        }
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string | undefined;
        do {
          w = stack.pop();
          if (w !== undefined) {
            onStack.delete(w);
            component.push(w);
          }
        } while (w !== undefined && w !== v);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const v of graph.keys()) if (!index.has(v)) visit(v);
    expect(cycles).toEqual([]);
  });
});
