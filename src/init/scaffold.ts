import { stringify } from 'yaml';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { CatalogScenario } from '../schema/catalog.js';
import { dataFiles, SCENARIO_DIR } from '../schema/data-files.js';
import { schemaFileName } from '../validate/json-schema.js';

export interface ScaffoldOptions {
  organization: string;
  /** Reporting date, YYYY-MM-DD. */
  date: string;
}

const SCHEMA_DIR = 'schema';

/** A YAML scalar written so that YAML reads it back as the same text. */
function scalar(s: string): string {
  return stringify(s, { lineWidth: 0 }).trimEnd();
}

function schemaComment(kind: keyof typeof dataFiles, depth: number): string {
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMA_DIR}/${schemaFileName(kind)}`;
}

/** The files of a new program: every scenario of the catalog, every objective listed as not started. */
export function scaffold(catalog: CatalogIndex, options: ScaffoldOptions): Map<string, string> {
  const files = new Map<string, string>();
  const c = catalog.catalog;
  const monthStart = `${options.date.slice(0, 8)}01`;
  files.set(
    dataFiles.program.path,
    [
      schemaComment('program', 0),
      `organization: ${scalar(options.organization)}`,
      'program: Zero Trust adoption program',
      'classification: Internal',
      `catalog: ${c.id}`,
      'template: default',
      'reporting:',
      `  date: ${options.date}          # the data is as of this date; "overdue" is judged against it`,
      `  period_start: ${monthStart}  # the period the report covers starts here`,
      'scenarios:   # in scope, in the order the deck shows them',
      ...c.scenarios.map((s) => `  - ${s.id}`),
      '',
    ].join('\n'),
  );
  for (const s of c.scenarios) files.set(`${SCENARIO_DIR}/${s.id}.yaml`, scenarioFile(catalog, s));
  files.set(
    dataFiles.kpis.path,
    [
      schemaComment('kpis', 0),
      'kpis:',
      '  mfa-coverage:',
      '    title: MFA coverage (all users)',
      '    unit: "%"',
      '    direction: higher   # higher or lower: which way is better',
      '    target: 98',
      `    target_date: ${options.date.slice(0, 4)}-12-31`,
      '    source: Microsoft Entra ID authentication methods report',
      '    series:             # date: value, oldest first',
      `      ${options.date}: 0`,
      '',
    ].join('\n'),
  );
  files.set(
    dataFiles.risks.path,
    [
      schemaComment('risks', 0),
      'risks:',
      '  credential-theft:',
      '    title: Stolen credentials give an attacker access to business systems',
      '    likelihood: 4      # 1 rare .. 5 almost certain',
      '    impact: 4          # 1 minor .. 5 severe',
      '    treatment: reduce  # avoid, reduce, share or retain (ISO 31000)',
      '    owner: CISO',
      '    trend: stable      # increasing, stable or decreasing',
      '    mitigated_by: [strong-authentication]',
      '',
    ].join('\n'),
  );
  files.set(dataFiles.decisions.path, [schemaComment('decisions', 0), 'decisions: {}', ''].join('\n'));
  files.set(dataFiles.highlights.path, [schemaComment('highlights', 0), 'highlights: []', ''].join('\n'));
  return files;
}

function scenarioFile(catalog: CatalogIndex, s: CatalogScenario): string {
  const lines = [
    schemaComment('scenario', 1),
    `# ${s.title}`,
    `scenario: ${s.id}`,
    'focus_stage: 1',
    'phase: plan   # define-strategy, plan, ready, adopt, govern or manage',
    'stakeholders:',
    '  sponsor: {name: Name of the sponsor, role: Sponsor}',
    '  lead: {name: Name of the project lead, role: Project lead}',
    '  others: []',
    '# status: not-started, in-progress, at-risk, blocked, complete or not-applicable (with reason:)',
    '# also: owner, due, started, completed, percent, notes, blockers, evidence',
    'objectives:',
  ];
  for (const stage of s.stages) {
    lines.push(`  # ${catalog.catalog.stage_labels[stage.stage - 1] ?? `Stage ${stage.stage}`}`);
    for (const o of stage.objectives)
      lines.push(`  ${o.id}: {status: not-started}   # ${o.title.replace(/\s+/g, ' ')}`);
  }
  lines.push('custom_objectives: {}', '');
  return lines.join('\n');
}
