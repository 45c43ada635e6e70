import { z } from 'zod';
import { id, link, stageNumber, text, type IssueParams } from './common.js';

const named = { id, title: text(160), summary: text(600).optional() };

const catalogObjective = z.strictObject({
  id,
  title: text(160),
  track: id.optional(),
  areas: z.array(id).max(6).optional(),
});

const catalogScenario = z.strictObject({
  id,
  title: text(160),
  short_title: text(60),
  summary: text(600).optional(),
  source: text(200).optional(),
  tracks: z.array(z.strictObject({ id, title: text(160) })).optional(),
  stages: z.array(z.strictObject({ stage: stageNumber, objectives: z.array(catalogObjective).min(1).max(40) })).min(1),
  stakeholders: z
    .array(z.strictObject({ role: text(120), kind: z.enum(['sponsor', 'lead', 'owner']), accountability: text(300) }))
    .optional(),
  // id, unit and direction make a suggestion a KPI that `ztdeck import` can create.
  suggested_kpis: z
    .array(
      z.strictObject({
        category: text(80),
        title: text(160),
        id: id.optional(),
        unit: text(24).optional(),
        direction: z.enum(['higher', 'lower']).optional(),
      }),
    )
    .optional(),
});

/**
 * A framework catalog: the scenarios, stages and objectives a program tracks.
 * The built-in Microsoft catalog and an organization's own (in the program's
 * catalogs/ folder) load through this one schema.
 */
export const catalogSchema = z
  .strictObject({
    schema_version: z.literal(1),
    id,
    title: text(160),
    publisher: text(120).optional(),
    edition: text(40).optional(),
    source: z.strictObject({ url: link.optional(), repository: link.optional() }).optional(),
    license: text(80).optional(),
    attribution: text(400).optional(),
    stage_labels: z
      .array(text(40))
      .min(1)
      .max(8)
      .describe('The names of the stages, in order: 1 to 8 (a tracker slide lays out at most 8)'),
    principles: z.array(z.strictObject(named)).default([]),
    functional_areas: z.array(z.strictObject(named)).default([]),
    lifecycle_phases: z.array(z.strictObject(named)).default([]),
    roles: z.array(z.strictObject({ id, title: text(120), abbreviation: text(12).optional() })).default([]),
    scenarios: z.array(catalogScenario).min(1).max(40),
  })
  .superRefine((c, ctx) => {
    const fail = (
      path: (string | number)[],
      message: string,
      hint: string,
      code: IssueParams['code'] = 'invalid-catalog',
    ) => ctx.addIssue({ code: 'custom', path, message, params: { code, hint } satisfies IssueParams });
    const areaIds = new Set(c.functional_areas.map((a) => a.id));
    const scenarioIds = new Set<string>();
    c.scenarios.forEach((s, si) => {
      if (scenarioIds.has(s.id))
        fail(
          ['scenarios', si, 'id'],
          `the scenario id "${s.id}" is used twice`,
          'give each scenario its own id',
          'duplicate-id',
        );
      scenarioIds.add(s.id);
      const trackIds = new Set((s.tracks ?? []).map((t) => t.id));
      const objectiveIds = new Set<string>();
      s.stages.forEach((st, sti) => {
        if (st.stage !== sti + 1)
          fail(
            ['scenarios', si, 'stages', sti, 'stage'],
            `stage ${st.stage} is listed in position ${sti + 1}`,
            'list the stages in order, numbered from 1',
          );
        if (st.stage > c.stage_labels.length)
          fail(
            ['scenarios', si, 'stages', sti, 'stage'],
            `stage ${st.stage} has no label in stage_labels`,
            'add a label to stage_labels',
          );
        st.objectives.forEach((o, oi) => {
          const at = ['scenarios', si, 'stages', sti, 'objectives', oi];
          if (objectiveIds.has(o.id))
            fail(
              [...at, 'id'],
              `the objective id "${o.id}" is used twice in scenario ${s.id}`,
              'objective ids must be unique within a scenario',
              'duplicate-id',
            );
          objectiveIds.add(o.id);
          if (trackIds.size > 0 && (o.track === undefined || !trackIds.has(o.track))) {
            fail(
              [...at, o.track === undefined ? 'id' : 'track'],
              `objective ${o.id} needs one of the scenario's tracks`,
              `set track: to one of ${[...trackIds].join(', ')}`,
            );
          }
          if (trackIds.size === 0 && o.track !== undefined)
            fail(
              [...at, 'track'],
              `scenario ${s.id} has no tracks`,
              'remove track:, or declare tracks on the scenario',
            );
          for (const [ai, a] of (o.areas ?? []).entries()) {
            if (!areaIds.has(a))
              fail(
                [...at, 'areas', ai],
                `"${a}" is not a functional area of this catalog`,
                `use one of ${[...areaIds].join(', ') || '(none declared)'}`,
                'unknown-reference',
              );
          }
        });
      });
    });
  });

export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogScenario = Catalog['scenarios'][number];
export type CatalogObjective = CatalogScenario['stages'][number]['objectives'][number];
