import type { z } from 'zod';
import { decisionsFileSchema } from './decisions.js';
import { highlightsFileSchema } from './highlights.js';
import { kpisFileSchema } from './kpis.js';
import { programFileSchema } from './program.js';
import { risksFileSchema } from './risks.js';
import { scenarioFileSchema } from './scenario.js';

/**
 * The files of a program folder. The loader, the JSON Schema generator and
 * `ztdeck init` all read this table, so a new file kind is declared once.
 */
export const dataFiles = {
  program: { path: 'program.yaml', schema: programFileSchema, required: true, title: 'ztdeck program' },
  scenario: {
    path: 'scenarios/<scenario-id>.yaml',
    schema: scenarioFileSchema,
    required: false,
    title: 'ztdeck scenario',
  },
  kpis: { path: 'kpis.yaml', schema: kpisFileSchema, required: false, title: 'ztdeck KPIs' },
  risks: { path: 'risks.yaml', schema: risksFileSchema, required: false, title: 'ztdeck risk register' },
  decisions: { path: 'decisions.yaml', schema: decisionsFileSchema, required: false, title: 'ztdeck decisions' },
  highlights: { path: 'highlights.yaml', schema: highlightsFileSchema, required: false, title: 'ztdeck highlights' },
} as const satisfies Record<string, { path: string; schema: z.ZodType; required: boolean; title: string }>;

export type DataFileKind = keyof typeof dataFiles;
export const SCENARIO_DIR = 'scenarios';
export const CATALOG_DIR = 'catalogs';
/** Single files at the top of the folder (everything but the scenarios). */
export const singleFileKinds = (Object.keys(dataFiles) as DataFileKind[]).filter((k) => k !== 'scenario');
