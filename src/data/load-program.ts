import { stat } from 'node:fs/promises';
import path from 'node:path';
import { yamlFilesIn } from '../catalog/load-catalogs.js';
import type { Problem } from '../report/problem.js';
import { dataFiles, SCENARIO_DIR, singleFileKinds, type DataFileKind } from '../schema/data-files.js';
import { displayPath, readYamlFile, type YamlFile } from './read-yaml-file.js';

export interface LoadedProgram {
  dir: string;
  files: Partial<Record<Exclude<DataFileKind, 'scenario'>, YamlFile>>;
  scenarios: YamlFile[];
  /** Names (without .yaml) of scenario files that could not be read or parsed. */
  unreadableScenarios: string[];
  problems: Problem[];
}

/**
 * Reads every YAML file of a program folder. Nothing is validated here beyond
 * YAML itself; every file is read even when others fail, so one run reports all.
 */
export async function loadProgram(dir: string): Promise<LoadedProgram> {
  const absolute = path.resolve(dir);
  const loaded: LoadedProgram = { dir: absolute, files: {}, scenarios: [], unreadableScenarios: [], problems: [] };
  const kind = await stat(absolute).then((s) => (s.isDirectory() ? 'dir' : 'file'), () => 'missing');
  if (kind !== 'dir') {
    loaded.problems.push({
      code: kind === 'missing' ? 'path-not-found' : 'path-not-a-folder', severity: 'error',
      message: kind === 'missing' ? `the program folder ${displayPath(absolute)} does not exist` : `${displayPath(absolute)} is a file, not a program folder`,
      hint: 'give the folder that holds program.yaml (ztdeck init <folder> creates one)',
      location: { file: displayPath(absolute) },
    });
    return loaded;
  }
  const topLevel = await yamlFilesIn(absolute);
  for (const k of singleFileKinds) {
    const name = dataFiles[k].path;
    if (!topLevel.includes(name)) {
      if (dataFiles[k].required) {
        loaded.problems.push({
          code: 'path-not-found', severity: 'error', message: `the program folder has no ${name}`,
          hint: `create ${name} (ztdeck init <folder> writes a complete example)`, location: { file: displayPath(path.join(absolute, name)) },
        });
      }
      continue;
    }
    const read = await readYamlFile(path.join(absolute, name));
    loaded.problems.push(...read.problems);
    if (read.yaml) loaded.files[k] = read.yaml;
  }
  const known = new Set<string>(singleFileKinds.map((k) => dataFiles[k].path));
  for (const name of topLevel.filter((n) => !known.has(n))) {
    loaded.problems.push({
      code: 'unknown-file', severity: 'warning', message: `${name} is not a ztdeck file and is ignored`,
      hint: `the files ztdeck reads are ${[...known].join(', ')} and ${SCENARIO_DIR}/*.yaml`,
      location: { file: displayPath(path.join(absolute, name)) },
    });
  }
  const scenarioDir = path.join(absolute, SCENARIO_DIR);
  for (const name of await yamlFilesIn(scenarioDir)) {
    const read = await readYamlFile(path.join(scenarioDir, name));
    loaded.problems.push(...read.problems);
    if (read.yaml) loaded.scenarios.push(read.yaml);
    else loaded.unreadableScenarios.push(name.replace(/\.ya?ml$/i, ''));
  }
  return loaded;
}
