import { errorAt, type Problem } from '../problems/problem.js';
import { dataFiles, SCENARIO_DIR, singleFileKinds, type DataFileKind } from '../schema/data-files.js';
import { folderSource, type FileSource } from './file-source.js';
import { readYaml, unreadable, type YamlFile } from './read-yaml-file.js';
import type { YamlMemo } from './yaml-memo.js';

export interface LoadedProgram {
  /** Where the files came from (a folder, or a folder in a git revision). */
  source: FileSource;
  files: Partial<Record<Exclude<DataFileKind, 'scenario'>, YamlFile>>;
  scenarios: YamlFile[];
  /** Names (without .yaml) of scenario files that could not be read or parsed. */
  unreadableScenarios: string[];
  problems: Problem[];
}

/**
 * Reads every YAML file of a program folder. Nothing is validated here beyond
 * YAML itself; every file is read even when others fail, so one run reports all.
 * With `memo` (a warm process), files whose bytes did not change are not parsed again.
 */
export async function loadProgram(from: string | FileSource, memo?: YamlMemo): Promise<LoadedProgram> {
  const source = typeof from === 'string' ? folderSource(from) : from;
  const loaded: LoadedProgram = { source, files: {}, scenarios: [], unreadableScenarios: [], problems: [] };
  const read = async (rel: string) => {
    const [id, shown] = [`${source.label}/${rel}`, source.display(rel)];
    if (!memo) return readYaml(() => source.read(rel), id, shown);
    let bytes: Uint8Array;
    try {
      bytes = await source.read(rel);
    } catch (e) {
      return { problems: [unreadable(e, shown)] };
    }
    return memo.read(bytes, `${id}\n${shown}`, (b) => readYaml(() => Promise.resolve(b), id, shown));
  };
  const kind = await source.kind('');
  if (kind !== 'dir') {
    loaded.problems.push(
      errorAt(
        source.display(''),
        kind === 'missing' ? 'path-not-found' : 'path-not-a-folder',
        kind === 'missing'
          ? `the program folder ${source.label} does not exist`
          : `${source.label} is a file, not a program folder`,
        'give the folder that holds program.yaml (ztdeck init <folder> creates one)',
      ),
    );
    return loaded;
  }
  const topLevel = await source.yamlFiles('');
  for (const k of singleFileKinds) {
    const name = dataFiles[k].path;
    if (!topLevel.includes(name)) {
      if (dataFiles[k].required) {
        loaded.problems.push(
          errorAt(
            source.display(name),
            'path-not-found',
            `the program folder has no ${name}`,
            `create ${name} (ztdeck init <folder> writes a complete example)`,
          ),
        );
      }
      continue;
    }
    const r = await read(name);
    loaded.problems.push(...r.problems);
    if (r.yaml) loaded.files[k] = r.yaml;
  }
  const known = new Set<string>(singleFileKinds.map((k) => dataFiles[k].path));
  for (const name of topLevel.filter((n) => !known.has(n))) {
    loaded.problems.push({
      code: 'unknown-file',
      severity: 'warning',
      message: `${name} is not a ztdeck file and is ignored`,
      hint: `the files ztdeck reads are ${[...known].join(', ')} and ${SCENARIO_DIR}/*.yaml`,
      location: { file: source.display(name) },
    });
  }
  for (const name of await source.yamlFiles(SCENARIO_DIR)) {
    const r = await read(`${SCENARIO_DIR}/${name}`);
    loaded.problems.push(...r.problems);
    if (r.yaml) loaded.scenarios.push(r.yaml);
    else loaded.unreadableScenarios.push(name.replace(/\.ya?ml$/i, ''));
  }
  memo?.nextLoad();
  return loaded;
}
