import { z } from 'zod';
import { decisionStatuses } from '../schema/decisions.js';
import { kpiDirections } from '../schema/kpis.js';
import { riskStatuses, riskTreatments, riskTrends } from '../schema/risks.js';
import { notApplicableReasons, statusIds } from '../schema/status.js';
import { healthLevels, idsOf, kpiMovements, kpiTrends, riskLevels, stageStates } from '../schema/vocabulary.js';
import { boardSchema } from './summary-board-schema.js';
import { changesContextSchema } from './changes-schema.js';

/**
 * The documented, versioned shape of summary.json (`ztdeck.summary/1`), and
 * the context every text template receives: the type the report context is
 * built to, and the JSON Schema `ztdeck schema` ships. Codes (status, level,
 * trend) stay stable for tools, each with a label in the template's words;
 * absent values are null, never missing.
 */
export const SUMMARY_SCHEMA = 'ztdeck.summary/1';

const text = z.string().nullable();
const status = z.enum(statusIds);

/** Counts over a set of objectives (model/types.ts Progress). */
export const countsShape = {
  total: z.number(),
  applicable: z.number().describe('All but not-applicable'),
  complete: z.number(),
  percentComplete: z.number().nullable().describe('complete / applicable, floored; null when nothing applies'),
  progress: z.number().nullable().describe('Mean of the objectives’ percent, floored; null when nothing applies'),
  overdue: z.number(),
  notApplicable: z.number(),
  byStatus: z.record(status, z.number()),
};
export const countsSchema = z.strictObject(countsShape);

const personSchema = z.strictObject({ name: z.string(), role: z.string(), responsibility: text });

const stageSchema = z.strictObject({
  stage: z.number(),
  label: z.string(),
  state: z.enum(idsOf(stageStates)),
  stateLabel: z.string(),
  isFocus: z.boolean(),
  ...countsShape,
});

export const reportObjectiveSchema = z.strictObject({
  key: z.string().describe('scenario/objective'),
  id: z.string(),
  title: z.string(),
  scenario: z.string().describe('The scenario’s short title'),
  stage: z.number(),
  track: text,
  custom: z.boolean(),
  areas: z.array(z.string()),
  status,
  statusLabel: z.string(),
  owner: text,
  due: text,
  started: text,
  completed: text,
  percent: z.number(),
  overdue: z.boolean(),
  daysOverdue: z.number(),
  blockers: z.array(z.string()),
  reason: z.enum(idsOf(notApplicableReasons)).nullable(),
  reasonLabel: text,
  notes: text,
  evidence: text,
});

const trackSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  focusStage: z.number(),
  finished: z.boolean(),
  ...countsShape,
  stages: z.array(stageSchema),
});

const scenarioSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  notes: text,
  phase: z.strictObject({ id: z.string(), title: z.string() }),
  focusStage: z.number(),
  focusStageLabel: z.string(),
  health: z.strictObject({
    level: z.enum(idsOf(healthLevels)),
    blocked: z.number(),
    overdue: z.number(),
    veryLate: z.number(),
    atRisk: z.number(),
    label: z.string(),
    reasons: z.string(),
  }),
  finished: z.boolean(),
  ...countsShape,
  sponsor: personSchema,
  lead: personSchema,
  stakeholders: z.array(personSchema),
  stages: z.array(stageSchema),
  tracks: z.array(trackSchema),
  objectives: z.array(reportObjectiveSchema),
});

const pointSchema = z.strictObject({ date: z.string(), value: z.number() });

const kpiSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  unit: z.string(),
  direction: z.enum(idsOf(kpiDirections)),
  target: z.number().nullable(),
  targetDate: text,
  source: text,
  scenario: text,
  current: pointSchema,
  previous: pointSchema.nullable(),
  trend: z.enum(idsOf(kpiTrends)),
  trendLabel: z.string(),
  movement: z.enum(idsOf(kpiMovements)),
  onTarget: z.boolean().nullable(),
  gap: z.number().nullable(),
  stale: z.boolean(),
  points: z.array(pointSchema),
  valueText: z.string(),
  previousText: text,
  targetText: text,
  gapText: text,
  statusLabel: z.string(),
  movementLabel: z.string(),
  measuredText: text,
  sentence: z.string(),
});

const riskSchema = z.strictObject({
  id: z.string(),
  label: text.describe('R1, R2… for the open risks'),
  title: z.string(),
  description: text,
  likelihood: z.number(),
  impact: z.number(),
  score: z.number(),
  level: z.enum(idsOf(riskLevels)),
  levelLabel: z.string(),
  trend: z.enum(idsOf(riskTrends)),
  trendLabel: z.string(),
  treatment: z.enum(idsOf(riskTreatments)),
  treatmentLabel: z.string(),
  owner: z.string(),
  status: z.enum(idsOf(riskStatuses)),
  impactArea: text,
  appetiteScore: z.number().nullable(),
  appetite: z
    .enum(['within', 'above'])
    .nullable()
    .describe('An open risk against the appetite; null when closed or no appetite is set'),
  appetiteLabel: text,
  mitigation: countsSchema,
  mitigatedBy: z.array(z.string()),
});

const decisionSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  context: text,
  recommendation: text,
  askedOf: z.string(),
  neededBy: z.string(),
  daysLeft: z.number(),
  when: text.describe('"in 5 days", "today", "3 days late" (open decisions), or null'),
  status: z.enum(idsOf(decisionStatuses)),
  statusLabel: z.string(),
  outcome: text,
  related: z.array(z.string()),
});

export const programSchema = z.strictObject({
  organization: z.string(),
  name: z.string(),
  classification: text,
  reportingDate: z.string(),
  periodStart: z.string(),
  periodLabel: text,
  template: z.string(),
  catalog: z.strictObject({
    id: z.string(),
    title: z.string(),
    attribution: text,
    stageLabels: z.array(z.string()),
  }),
});

export const overallSchema = z.strictObject({
  ...countsShape,
  health: z.strictObject({ level: z.enum(idsOf(healthLevels)), label: z.string() }),
  blocked: z.number(),
  atRisk: z.number(),
  completedInPeriod: z.number(),
});

const plannedVsActualSchema = z.strictObject({
  months: z.array(z.string()).describe('YYYY-MM'),
  planned: z.array(z.number()),
  actual: z.array(z.number().nullable()),
  dueByNow: z.number(),
  doneOfDue: z.number(),
  onTime: z.number(),
  late: z.number(),
  doneUndated: z.number(),
  openOverdue: z.number(),
  dueToday: z.number(),
  withoutDueDate: z.number(),
  completedWithoutDue: z.number(),
  completedEarly: z.number(),
  dueLater: z.number(),
  averageSlipDays: z.number(),
  facts: z.string(),
  arithmetic: z.string(),
});

export const summarySchema = z.strictObject({
  schema: z.literal(SUMMARY_SCHEMA),
  generator: z
    .strictObject({ name: z.literal('ztdeck'), version: z.string() })
    .describe('What made the outputs (never the clock)'),
  program: programSchema,
  overall: overallSchema,
  healthRule: z.string(),
  scenarios: z.array(scenarioSchema),
  areas: z.array(z.strictObject({ id: z.string(), title: z.string(), ...countsShape })),
  kpis: z.array(kpiSchema),
  risks: z.array(riskSchema),
  decisions: z.array(decisionSchema),
  highlights: z.array(z.string()),
  attention: z.strictObject({
    blocked: z.array(reportObjectiveSchema),
    overdue: z.array(reportObjectiveSchema),
    atRisk: z.array(reportObjectiveSchema),
  }),
  completedInPeriod: z.array(reportObjectiveSchema),
  plannedVsActual: plannedVsActualSchema,
  changes: changesContextSchema.nullable().describe('What changed since an earlier state (build --since), or null'),
  ...boardSchema.shape,
});

export type ReportContext = z.infer<typeof summarySchema>;
export type ReportObjective = z.infer<typeof reportObjectiveSchema>;
export type ReportCounts = z.infer<typeof countsSchema>;
export type ReportScenario = z.infer<typeof scenarioSchema>;
export type ReportStage = z.infer<typeof stageSchema>;
export type ReportKpi = z.infer<typeof kpiSchema>;
export type ReportRisk = z.infer<typeof riskSchema>;
export type ReportDecision = z.infer<typeof decisionSchema>;
export type ReportPerson = z.infer<typeof personSchema>;
export type ReportProgram = z.infer<typeof programSchema>;
export type ReportOverall = z.infer<typeof overallSchema>;

/** The file `ztdeck schema` writes summaryJsonSchema() to. */
export const SUMMARY_SCHEMA_FILE = 'summary.schema.json';

/** The JSON Schema (draft-07) of summary.json, as `ztdeck schema` writes it. */
export function summaryJsonSchema(): string {
  const schema = z.toJSONSchema(summarySchema, { target: 'draft-7', io: 'output' });
  const doc = { ...schema, title: 'ztdeck summary.json', description: `ztdeck summary.json (${SUMMARY_SCHEMA})` };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
