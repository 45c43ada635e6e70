import { z } from 'zod';
import { atMost, id, LIMITS, stageNumber, text } from './common.js';
import { customObjectiveSchema, objectiveRecordSchema } from './objective.js';

const person = {
  name: text(80).describe('Full name'),
  role: text(80).describe('Role or job title'),
  responsibility: text(300).optional().describe('What they are accountable for in this scenario'),
};

/** The sponsor and project lead may leave `role` out: the deck labels them by their position. */
const leader = z.strictObject({ ...person, role: person.role.optional() });
export const stakeholderSchema = z.strictObject(person);

/** One file per business scenario in scope: scenarios/<scenario-id>.yaml. */
export const scenarioFileSchema = z.strictObject({
  scenario: id.describe('Scenario id from the catalog (ztdeck catalog lists them)'),
  focus_stage: stageNumber.describe('The stage the team is mainly working on now (the marker on the tracker bar)'),
  phase: id.describe('Lifecycle phase: define-strategy, plan, ready, adopt, govern or manage'),
  notes: text(600).optional().describe('A sentence or two on where the scenario stands, for the speaker notes'),
  tracks: z
    .record(id, z.strictObject({ focus_stage: stageNumber }))
    .optional()
    .describe('Per-track focus stage, for scenarios split in tracks (the breach scenario)'),
  stakeholders: z.strictObject({
    sponsor: leader.describe('Executive sponsor'),
    lead: leader.describe('Project lead'),
    others: z.array(stakeholderSchema).max(40).default([]).describe('Other stakeholders, shown as cards'),
  }),
  objectives: z
    .record(id, objectiveRecordSchema)
    .default({})
    .describe('Status records keyed by catalog objective id; objectives not listed are not started'),
  custom_objectives: atMost(z.record(id, customObjectiveSchema), LIMITS.customObjectives, 'custom objectives')
    .default({})
    .describe("The organization's own objectives, keyed by an id that is not a catalog id"),
});

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
