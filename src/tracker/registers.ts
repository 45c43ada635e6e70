import type { ZodType } from 'zod';
import { decisionsFileSchema } from '../schema/decisions.js';
import { risksFileSchema } from '../schema/risks.js';
import type { ProgramData } from '../validate/program-data.js';
import type { TrackerLook } from './columns.js';

/** How a register column's cell is written and read. */
export type RegisterKind = 'text' | 'date' | 'rating' | 'choice' | 'list';

export interface RegisterColumn {
  /** The record's field (or `id`). */
  key: string;
  header: string;
  width: [number, number];
  kind: RegisterKind;
  /** The words of a closed set (choice) or of the ratings 1 to 5 (rating), in the template's wording: `look.words[set]`. */
  set?: string;
  /** A field the schema requires: an empty cell is a problem, not a cleared field. */
  required?: boolean;
  wrap?: boolean;
}

/** A sheet of records kept in one file under one key (risks.yaml's risks:, decisions.yaml's decisions:). */
export interface Register {
  /** The sheet's name and its hidden mark. */
  name: string;
  mark: string;
  file: string;
  section: string;
  /** What the report calls a record. */
  noun: string;
  columns: readonly RegisterColumn[];
  /** The fields in the order the files write them, for a field added to a record. */
  order: readonly string[];
  /** The file's schema, to check an edited record with validate's rules. */
  schema: ZodType;
  records(data: ProgramData): Record<string, Record<string, unknown>>;
}

const id: RegisterColumn = { key: 'id', header: 'Id', width: [10, 28], kind: 'text' };
const owner = (key: string, header: string): RegisterColumn => ({
  key,
  header,
  width: [12, 28],
  kind: 'text',
  required: true,
});

/** Records as the files hold them (the resolved keys validation adds are left out). */
const plain = (records: Record<string, object>, drop: string) =>
  Object.fromEntries(
    Object.entries(records).map(([k, r]) => [
      k,
      Object.fromEntries(Object.entries(r).filter(([f]) => f !== drop)) as Record<string, unknown>,
    ]),
  );

export const risksRegister: Register = {
  name: 'Risks',
  mark: 'risks',
  file: 'risks.yaml',
  section: 'risks',
  noun: 'risk',
  columns: [
    { key: 'title', header: 'Risk', width: [24, 60], kind: 'text', required: true, wrap: true },
    { key: 'likelihood', header: 'Likelihood', width: [14, 18], kind: 'rating', set: 'likelihood', required: true },
    { key: 'impact', header: 'Impact', width: [12, 16], kind: 'rating', set: 'impact', required: true },
    { key: 'treatment', header: 'Treatment', width: [11, 14], kind: 'choice', set: 'treatment', required: true },
    owner('owner', 'Owner'),
    { key: 'trend', header: 'Trend', width: [12, 14], kind: 'choice', set: 'risk_trend', required: true },
    { key: 'status', header: 'Status', width: [10, 12], kind: 'choice', set: 'risk_status' },
    { key: 'impact_area', header: 'Impact area', width: [12, 20], kind: 'text' },
    { key: 'mitigated_by', header: 'Mitigated by', width: [20, 40], kind: 'list', wrap: true },
    { key: 'description', header: 'Description', width: [30, 70], kind: 'text', wrap: true },
    id,
  ],
  order: [
    'title',
    'description',
    'likelihood',
    'impact',
    'treatment',
    'owner',
    'trend',
    'status',
    'impact_area',
    'mitigated_by',
  ],
  schema: risksFileSchema,
  records: (data) => plain(data.risks, 'mitigatedBy'),
};

export const decisionsRegister: Register = {
  name: 'Decisions',
  mark: 'decisions',
  file: 'decisions.yaml',
  section: 'decisions',
  noun: 'decision',
  columns: [
    { key: 'title', header: 'Decision', width: [24, 60], kind: 'text', required: true, wrap: true },
    owner('asked_of', 'Asked of'),
    { key: 'needed_by', header: 'Needed by', width: [12, 14], kind: 'date', required: true },
    { key: 'status', header: 'Status', width: [11, 14], kind: 'choice', set: 'decision_status' },
    { key: 'outcome', header: 'Outcome', width: [24, 60], kind: 'text', wrap: true },
    { key: 'recommendation', header: 'Recommendation', width: [24, 60], kind: 'text', wrap: true },
    { key: 'context', header: 'Context', width: [24, 60], kind: 'text', wrap: true },
    { key: 'related', header: 'Related objectives', width: [20, 40], kind: 'list', wrap: true },
    id,
  ],
  order: ['title', 'context', 'recommendation', 'asked_of', 'needed_by', 'status', 'outcome', 'related'],
  schema: decisionsFileSchema,
  records: (data) => plain(data.decisions, 'relatedKeys'),
};

/** The register sheets, after the scenario sheets. */
export const registers: readonly Register[] = [risksRegister, decisionsRegister];

/** The words of a column's closed set, by value (a rating's by 1 to 5). */
export function choicesOf(column: RegisterColumn, look: TrackerLook): Record<string, string> {
  return (column.set ? look.words?.[column.set] : undefined) ?? {};
}

/** The KPI values sheet: a row per KPI and date. */
export const kpiSheet = {
  name: 'KPI values',
  mark: 'kpi-values',
  columns: [
    { key: 'id', header: 'KPI', width: [10, 30] as [number, number] },
    { key: 'title', header: 'KPI title', width: [20, 50] as [number, number] },
    { key: 'date', header: 'Date', width: [12, 14] as [number, number] },
    { key: 'value', header: 'Value', width: [10, 14] as [number, number] },
  ],
} as const;

/** Sheet names the scenario sheets may not take (lower case): the About sheet's, the registers' and the KPI values'. */
export function reservedSheetNames(): Set<string> {
  return new Set(['about', ...registers.map((r) => r.name.toLowerCase()), kpiSheet.name.toLowerCase()]);
}
