import type { Problem } from '../../problems/problem.js';
import type { InputDoc } from '../input/read-input.js';
import { emptyReading, type DetectedDoc, type Importer, type Metric, type Reading, type Shape } from '../types.js';
import { fileNames, fmt, jsonRecords, keepMetrics, measure, someRecordHas, word } from './common.js';

const metric: Metric = {
  id: 'cloud-secure-score',
  title: 'Defender for Cloud secure score',
  unit: '%',
  direction: 'higher',
  byDefault: true,
  source: 'Microsoft Defender for Cloud secure score (ascScore)',
};

const arm: Shape = {
  id: 'arm',
  label: 'ARM GET /subscriptions/{id}/providers/Microsoft.Security/secureScores',
  expects: 'records with properties.score.current and properties.score.max',
  detect: (d) => jsonRecords(d).some((r) => r.at('properties', 'score')?.isObject === true),
};
const azPowerShell: Shape = {
  id: 'az-powershell',
  label: 'Get-AzSecuritySecureScore | ConvertTo-Json',
  expects: 'records with CurrentScore, MaxScore and Weight or Percentage',
  detect: (d) =>
    someRecordHas(d, 'currentScore', 'maxScore') && (someRecordHas(d, 'weight') || someRecordHas(d, 'percentage')),
};
const graphCsv: Shape = {
  id: 'resource-graph-csv',
  label: 'Azure Resource Graph Explorer CSV ("Secure score per subscription")',
  expects: 'a CSV with currentScore and maxScore columns',
  detect: (d) => d.kind === 'csv' && d.table.has('currentScore') && d.table.has('maxScore'),
};

interface Subscription {
  id: string;
  tenant: string;
  current: number;
  max: number;
  weight: number;
  doc: InputDoc;
}

/** One score as the file gives it, and how to point at it: when it has no numbers, and when they are out of range. */
interface Score {
  id: string;
  tenant: string;
  current: number | undefined;
  max: number | undefined;
  weight: number | undefined;
  missing(): Problem;
  range(message: string): Problem;
}

/**
 * The subscriptions' scores of every file, each subscription once (the first
 * file to give it wins); a score without its numbers, or out of range, is a
 * problem and gives no value.
 */
function collect(docs: readonly DetectedDoc[], reading: Reading): Subscription[] {
  const subs: Subscription[] = [];
  for (const { doc, shape } of docs) {
    for (const score of doc.kind === 'csv' ? csvScores(doc) : jsonScores(doc, shape)) {
      const { id, current, max, weight } = score;
      if (current === undefined || max === undefined) reading.problems.push(score.missing());
      else if (max <= 0 || current < 0 || current > max)
        reading.problems.push(score.range(`the current score ${fmt(current)} of max ${fmt(max)} is out of range`));
      else if (id === '' || !subs.some((s) => s.id === id))
        subs.push({ id, tenant: score.tenant, current, max, weight: weight && weight > 0 ? weight : 1, doc });
    }
  }
  return subs;
}

/** The scores of a Resource Graph CSV, a row each. */
function csvScores(doc: Extract<InputDoc, { kind: 'csv' }>): Score[] {
  const t = doc.table;
  const [c, m, w, ten, sub] = [
    t.column('currentScore'),
    t.column('maxScore'),
    t.column('weight'),
    t.column('tenantId'),
    t.column('subscriptionId'),
  ];
  return t.rows.map((row) => {
    const num = (i: number | undefined) =>
      i === undefined || (row.cells[i] ?? '') === '' || Number.isNaN(Number(row.cells[i]))
        ? undefined
        : Number(row.cells[i]);
    return {
      id: sub === undefined ? '' : (row.cells[sub] ?? ''),
      tenant: ten === undefined ? '' : (row.cells[ten] ?? ''),
      current: num(c),
      max: num(m),
      weight: num(w),
      missing: () =>
        t.problem(
          row,
          c,
          'import-incomplete',
          'no number for the current or max score; this row gives no value',
          undefined,
          'warning',
        ),
      range: (msg) => t.problem(row, c, 'out-of-range', msg),
    };
  });
}

/** The ascScore records of an ARM or Az PowerShell JSON file. */
function jsonScores(doc: InputDoc, shape: Shape): Score[] {
  return jsonRecords(doc).flatMap((r): Score[] => {
    const name = r.get('name')?.text();
    if (name !== undefined && word(name) !== 'ascscore') return [];
    const score = shape === arm ? r.at('properties', 'score') : r;
    const [c, m] = [
      score?.get(shape === arm ? 'current' : 'currentScore'),
      score?.get(shape === arm ? 'max' : 'maxScore'),
    ];
    const id = r.get('id')?.text() ?? '';
    return [
      {
        id: /\/subscriptions\/([^/]+)/i.exec(id)?.[1] ?? id,
        tenant: '',
        current: c?.number(),
        max: m?.number(),
        weight: (shape === arm ? r.at('properties', 'weight') : r.get('weight'))?.number(),
        missing: () =>
          (c ?? r).problem(
            'import-incomplete',
            'this score has no current or max number and gives no value',
            undefined,
            'warning',
          ),
        range: (msg) => (c ?? r).problem('out-of-range', msg),
      },
    ];
  });
}

/** One subscription: current ÷ max. Several: Microsoft's management-group formula Σ(weight × current ÷ max) ÷ Σ weight, a weight of 0 counting as 1. */
function read(docs: readonly DetectedDoc[]): Reading {
  const reading = emptyReading();
  const subs = collect(docs, reading);
  for (const tenant of [...new Set(subs.map((s) => s.tenant))].sort()) {
    const group = subs.filter((s) => s.tenant === tenant);
    const first = group[0];
    if (!first) continue;
    const weight = group.reduce((n, s) => n + s.weight, 0);
    const value = (group.reduce((n, s) => n + (s.weight * s.current) / s.max, 0) / weight) * 100;
    const detail =
      group.length === 1
        ? `${fmt(first.current)} of ${fmt(first.max)} points, 1 subscription`
        : `weighted over ${group.length} subscriptions`;
    if (tenant) reading.tenants.push(...group.map((s) => ({ tenant, file: s.doc.file })));
    reading.measurements.push({
      ...measure(first.doc, metric, value, detail, tenant ? { tenant } : {}),
      name: fileNames(group.map((s) => s.doc)),
    });
  }
  keepMetrics(reading, [metric]);
  return reading;
}

export const defenderCloud = {
  title: 'Microsoft Defender for Cloud secure score',
  shapes: [arm, azPowerShell, graphCsv],
  metrics: [metric],
  read,
} satisfies Importer;
