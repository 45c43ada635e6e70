import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectSources } from '../../src/imports/detect.js';
import { readInput, type InputDoc, type InputFile } from '../../src/imports/input/read-input.js';
import { importers } from '../../src/imports/sources/registry.js';
import type { Reading, SourceId } from '../../src/imports/types.js';
import { fixturesDir } from './cli.js';

export const importFixture = (rel: string) => path.join(fixturesDir, 'imports', rel);

/** A fixture as the command hands it to the import: its bytes, shown by its path under test/fixtures/imports. */
export function inputFile(rel: string, bytes?: Uint8Array): InputFile {
  return { file: rel, name: path.basename(rel), bytes: bytes ?? readFileSync(importFixture(rel)) };
}

export function inputText(name: string, text: string): InputFile {
  return { file: name, name, bytes: new TextEncoder().encode(text) };
}

/** Reads a document, failing the test with the problem when it cannot be read. */
export function doc(file: InputFile): InputDoc {
  const r = readInput(file);
  if ('problem' in r) throw new Error(`${file.file}: ${r.problem.message}`);
  return r.doc;
}

/** Detects and reads files as one source, as `ztdeck import <source> <files>` does. */
export function readSource(source: SourceId, files: readonly InputFile[]): Reading {
  const d = detectSources(files.map(doc), source);
  if (d.problems.length > 0) throw new Error(d.problems.map((p) => p.message).join('\n'));
  return importers[source].read(d.bySource.get(source) ?? []);
}

/** Each measurement as metric → [date, value rounded to 0.1, detail] for compact assertions. */
export function values(r: Reading): [string, string | undefined, number, string][] {
  return r.measurements.map((m) => [m.metric, m.stamp?.date, Math.round(m.value * 10) / 10, m.detail]);
}
