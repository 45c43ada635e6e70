import { z } from 'zod';
import type { YamlFile } from '../../data/read-yaml-file.js';
import type { Problem } from '../../problems/problem.js';
import { problemAt } from '../../validate/located.js';
import type { ObjectiveRefs } from '../../validate/objective-refs.js';
import type { ObjectiveKey } from '../../validate/program-data.js';
import { validateFile } from '../../data/validate-file.js';
import type { TestResult } from '../types.js';

/** Where the program keeps its mapping, relative to the program folder. */
export const MAPPING_FILE = 'imports/mapping.yaml';

const objectiveRef = z.string().min(1).max(200);
const tests = z
  .record(z.string().min(1).max(120), z.union([objectiveRef, z.array(objectiveRef).min(1).max(20)]))
  .describe('Test or control id → objective (objective-id, or scenario-id/objective-id), or a list of them');

/** imports/mapping.yaml: which assessment tests speak for which objectives. The program owns it; ztdeck only reads it. */
export const mappingFileSchema = z.strictObject({
  zta: tests.optional().describe('Zero Trust Assessment TestId → objective'),
  maester: tests.optional().describe('Maester test Id (MT.1001, CISA.MS.AAD.3.1...) → objective'),
  scubagear: tests.optional().describe('ScubaGear "Control ID" (MS.AAD.3.1v1...) → objective'),
});

export type TestMapping = Map<string, ObjectiveKey[]>;

export const mappingKey = (tool: TestResult['tool'], id: string) => `${tool}:${id}`;

/** Where each test id is named in the mapping file: its line. */
export type MappingLines = Map<string, number>;

/** The mapping file checked against its schema and every objective resolved among the scenarios in scope. */
export function resolveMapping(
  yaml: YamlFile,
  refs: ObjectiveRefs,
): { mapping: TestMapping; lines: MappingLines; problems: Problem[] } {
  const r = validateFile(yaml, mappingFileSchema);
  const mapping: TestMapping = new Map();
  const lines: MappingLines = new Map();
  if (!r.value) return { mapping, lines, problems: r.problems };
  const problems: Problem[] = [];
  const { data, file } = r.value;
  for (const tool of ['zta', 'maester', 'scubagear'] as const) {
    for (const [testId, target] of Object.entries(data[tool] ?? {})) {
      const list = Array.isArray(target) ? target : [target];
      const keys: ObjectiveKey[] = [];
      list.forEach((ref, i) => {
        const res = refs.resolve(ref);
        if (res.ok) keys.push(res.key);
        else if (!res.undecided)
          problems.push(
            problemAt(
              file,
              Array.isArray(target) ? [tool, testId, i] : [tool, testId],
              res.code,
              res.message,
              res.hint,
            ),
          );
      });
      mapping.set(mappingKey(tool, testId), keys);
      const line = file.locate([tool, testId], 'key').line;
      if (line !== undefined) lines.set(mappingKey(tool, testId), line);
    }
  }
  return { mapping, lines, problems };
}
