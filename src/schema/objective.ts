import { z } from 'zod';
import { id, isoDate, link, percent, stageNumber, text, type IssueParams } from './common.js';
import { notApplicableReasonSchema, statusSchema } from './status.js';

/** What a program records about one objective. Objectives not mentioned are not started. */
export const objectiveRecordShape = {
  status: statusSchema.describe('not-started, in-progress, at-risk, blocked, complete or not-applicable'),
  owner: text(80).optional().describe('Who is accountable for the objective'),
  due: isoDate.optional().describe('Planned completion date (YYYY-MM-DD)'),
  started: isoDate.optional().describe('Date work started (YYYY-MM-DD)'),
  completed: isoDate.optional().describe('Date the objective was completed (YYYY-MM-DD); needs status complete'),
  percent: percent.optional().describe('Progress from 0 to 100; 100 when complete'),
  reason: notApplicableReasonSchema
    .optional()
    .describe('Why a not-applicable objective does not apply: scope, licensing, capacity or other'),
  notes: text(500).optional().describe('Context for the steering group'),
  blockers: z.array(text(200)).max(10).optional().describe('What blocks progress, one line each'),
  evidence: link.optional().describe('https: link to the evidence (a ticket, a report, a policy)'),
  areas: z
    .array(id)
    .max(6)
    .optional()
    .describe('Functional areas (identities, endpoints, apps, infrastructure, data, network); overrides the catalog'),
};

export const customObjectiveShape = {
  title: text(140).describe('Short title shown on the tracker'),
  stage: stageNumber.describe('Stage the objective belongs to'),
  track: id.optional().describe('Track, for scenarios split in tracks'),
  ...objectiveRecordShape,
};

type RecordFields = z.infer<z.ZodObject<typeof objectiveRecordShape>>;

function conflict(
  ctx: z.RefinementCtx,
  path: string,
  message: string,
  hint: string,
  code: IssueParams['code'] = 'status-conflict',
): void {
  ctx.addIssue({ code: 'custom', path: [path], message, params: { code, hint } satisfies IssueParams });
}

/** Rules between the fields of one objective record (the status decides what the other fields may say). */
export function checkObjectiveRecord(o: RecordFields, ctx: z.RefinementCtx): void {
  if (o.completed !== undefined && o.status !== 'complete') {
    conflict(
      ctx,
      'completed',
      `a completed date needs status complete, but the status is ${o.status}`,
      'set status: complete, or remove the completed date',
    );
  }
  if (o.status === 'complete' && o.percent !== undefined && o.percent !== 100) {
    conflict(
      ctx,
      'percent',
      `percent is ${o.percent} but the status is complete`,
      'set percent: 100 or remove it (complete means 100)',
    );
  }
  if (o.status === 'not-started' && o.percent !== undefined && o.percent > 0) {
    conflict(
      ctx,
      'percent',
      `percent is ${o.percent} but the status is not-started`,
      'set status: in-progress, or remove percent',
    );
  }
  if (o.status === 'not-started' && o.started !== undefined) {
    conflict(
      ctx,
      'started',
      'a started date, but the status is not-started',
      'set status: in-progress (or the status it has), or remove the started date',
    );
  }
  if (o.status === 'not-applicable' && o.reason === undefined) {
    conflict(
      ctx,
      'status',
      'a not-applicable objective needs a reason',
      'add reason: scope, licensing, capacity or other',
      'missing-key',
    );
  }
  if (o.reason !== undefined && o.status !== 'not-applicable') {
    conflict(
      ctx,
      'reason',
      `a reason is only for not-applicable objectives, but the status is ${o.status}`,
      'remove the reason, or set status: not-applicable',
    );
  }
  if (o.reason === 'other' && o.notes === undefined) {
    conflict(
      ctx,
      'reason',
      'reason other needs notes that say why the objective does not apply',
      'add notes: with the reason',
      'missing-key',
    );
  }
  if (o.started !== undefined && o.completed !== undefined && o.completed < o.started) {
    conflict(
      ctx,
      'completed',
      `completed (${o.completed}) is before started (${o.started})`,
      'correct one of the two dates',
      'date-order',
    );
  }
}

/** A JSON Schema condition: the field holds this value. */
const holds = (field: string, value: string) => ({ properties: { [field]: { const: value } }, required: [field] });

/**
 * checkObjectiveRecord for editors, as JSON Schema draft-07 conditions; all but the
 * order of the started and completed dates, which JSON Schema cannot compare.
 */
const recordRulesForEditors = {
  allOf: [
    { if: { required: ['completed'] }, then: holds('status', 'complete') },
    { if: holds('status', 'complete'), then: { properties: { percent: { const: 100 } } } },
    {
      if: holds('status', 'not-started'),
      then: { properties: { percent: { const: 0 } }, not: { required: ['started'] } },
    },
    { if: holds('status', 'not-applicable'), then: { required: ['reason'] } },
    { if: { required: ['reason'] }, then: holds('status', 'not-applicable') },
    { if: holds('reason', 'other'), then: { required: ['notes'] } },
  ],
};

export const objectiveRecordSchema = z
  .strictObject(objectiveRecordShape)
  .superRefine(checkObjectiveRecord)
  .meta(recordRulesForEditors);
export const customObjectiveSchema = z
  .strictObject(customObjectiveShape)
  .superRefine(checkObjectiveRecord)
  .meta(recordRulesForEditors);

export type ObjectiveRecord = z.infer<typeof objectiveRecordSchema>;
