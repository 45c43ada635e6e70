import type { JsonView } from '../input/json-view.js';
import {
  emptyReading,
  type DetectedDoc,
  type ExcludedControl,
  type Importer,
  type Measurement,
  type Metric,
  type Reading,
  type Shape,
} from '../types.js';
import { fmt, jsonRecords, keepMetrics, measure, someRecordHas, stampOf } from './common.js';
import { controlPoints, excludedControls } from './secure-score-controls.js';

const raw: Metric = {
  id: 'secure-score',
  title: 'Microsoft Secure Score',
  unit: '%',
  direction: 'higher',
  byDefault: true,
  source: 'Microsoft Secure Score (Microsoft Graph security/secureScores)',
};
const adjusted: Metric = {
  id: 'secure-score-adjusted',
  title: 'Microsoft Secure Score, adjusted: controls not to be implemented left out',
  unit: '%',
  direction: 'higher',
  byDefault: true,
  source: 'Microsoft Secure Score (Graph) without the controls marked risk accepted or third party',
};

const scores: Shape = {
  id: 'scores',
  label: 'Graph GET /security/secureScores (daily snapshots)',
  expects: 'records (value[] or a list) with currentScore and maxScore',
  detect: (doc) =>
    someRecordHas(doc, 'currentScore', 'maxScore') &&
    !someRecordHas(doc, 'weight') &&
    !someRecordHas(doc, 'percentage'),
};
const profiles: Shape = {
  id: 'control-profiles',
  label: 'Graph GET /security/secureScoreControlProfiles',
  expects: 'records with controlStateUpdates',
  detect: (doc) => someRecordHas(doc, 'controlStateUpdates'),
};

interface Snapshot {
  record: JsonView;
  doc: DetectedDoc['doc'];
  current: number;
  max: number;
}

function readSnapshots(docs: readonly DetectedDoc[], reading: Reading): Snapshot[] {
  const out: Snapshot[] = [];
  for (const { doc } of docs) {
    for (const r of jsonRecords(doc)) {
      const [cv, mv] = [r.get('currentScore'), r.get('maxScore')];
      const [current, max] = [cv?.number(), mv?.number()];
      if (current === undefined || max === undefined) {
        reading.problems.push(
          r.problem(
            'import-incomplete',
            `this snapshot has no number for ${current === undefined ? 'currentScore' : 'maxScore'}, so it gives no value`,
            'save the whole answer of the API',
            'warning',
          ),
        );
        continue;
      }
      if (max <= 0) {
        reading.problems.push(
          (mv ?? r).problem('out-of-range', `maxScore is ${fmt(max)}; a percentage needs a maximum above 0`),
        );
        continue;
      }
      if (current < 0 || current > max) {
        reading.problems.push(
          (cv ?? r).problem(
            'out-of-range',
            `currentScore ${fmt(current)} is ${current < 0 ? 'below 0' : `above maxScore ${fmt(max)}`}`,
            'check that the file is a Secure Score answer as the API wrote it',
          ),
        );
        continue;
      }
      out.push({ record: r, doc, current, max });
    }
  }
  return out;
}

const controls = (n: number) => (n === 0 ? 'no control' : n === 1 ? '1 control' : `${n} controls`);

/**
 * The adjusted score of one snapshot: the controls left out that the snapshot
 * lists leave both its points achieved and its maximum; a control it does not
 * list (added to Secure Score after that day) was never in its maximum, so
 * nothing is subtracted for it there. Returns the controls it did not list.
 */
function adjust(
  s: Snapshot,
  left: readonly ExcludedControl[],
  reading: Reading,
  extra: Partial<Measurement>,
  at: string,
): readonly ExcludedControl[] {
  const points = left.length > 0 ? controlPoints(s.record) : new Map<string, number>();
  if (!points) {
    reading.problems.push(
      s.record.problem(
        'import-incomplete',
        'this snapshot lists no controlScores, so its adjusted score cannot be computed',
        'save the answer with its controlScores (Windows PowerShell: ConvertTo-Json -Depth 10)',
        'warning',
      ),
    );
    return [];
  }
  const listed = left.filter((c) => points.has(c.id));
  const unlisted = left.filter((c) => !points.has(c.id));
  const current = s.current - listed.reduce((n, c) => n + (points.get(c.id) ?? 0), 0);
  const max = s.max - listed.reduce((n, c) => n + c.maxScore, 0);
  if (max <= 0 || current < 0 || current > max) {
    reading.problems.push(
      s.record.problem(
        'out-of-range',
        `without the ${controls(listed.length)} left out the score would be ${fmt(current)} of ${fmt(max)}`,
        'check that the control profiles come from the same tenant and day as the scores',
      ),
    );
    return unlisted;
  }
  const notIn = unlisted.length > 0 ? `, ${unlisted.length} more not in this snapshot` : '';
  reading.measurements.push(
    measure(
      s.doc,
      adjusted,
      (current / max) * 100,
      `${fmt(current)} of ${fmt(max)} points, ${controls(listed.length)} left out${notIn}${at}`,
      extra,
    ),
  );
  return unlisted;
}

function read(docs: readonly DetectedDoc[]): Reading {
  const reading = emptyReading();
  const scoreDocs = docs.filter((d) => d.shape === scores);
  const profileDocs = docs.filter((d) => d.shape === profiles);
  const profileRecords = profileDocs.flatMap((d) => jsonRecords(d.doc));
  for (const p of profileRecords) {
    const tenant = p.get('azureTenantId')?.text();
    if (tenant) reading.tenants.push({ tenant, file: p.source.file });
  }
  const left: ExcludedControl[] | undefined =
    profileDocs.length > 0 ? excludedControls(profileRecords, reading) : undefined;
  if (left) reading.excludedControls.push(...left);
  if (left?.length === 0)
    reading.notes.push('No control is marked risk accepted or third party: the adjusted score equals the raw one.');
  const notListed = new Map<ExcludedControl, Set<string>>();

  for (const s of readSnapshots(scoreDocs, reading)) {
    const tenant = s.record.get('azureTenantId')?.text();
    const stamp = stampOf(s.record.get('createdDateTime'), reading);
    const snapshot = s.record.get('id')?.text() ?? (stamp ? `${tenant ?? ''}_${stamp.date}` : undefined);
    const extra = { ...(stamp ? { stamp } : {}), ...(tenant ? { tenant } : {}), ...(snapshot ? { snapshot } : {}) };
    if (tenant) reading.tenants.push({ tenant, file: s.doc.file });
    const at = stamp ? `, ${s.record.get('createdDateTime')?.text()}` : '';
    reading.measurements.push(
      measure(s.doc, raw, (s.current / s.max) * 100, `${fmt(s.current)} of ${fmt(s.max)} points${at}`, extra),
    );
    if (!left) continue;
    const label = stamp?.date ?? snapshot ?? `${s.doc.name} ${s.record.where()}`;
    for (const c of adjust(s, left, reading, extra, at)) notListed.set(c, (notListed.get(c) ?? new Set()).add(label));
  }
  for (const [c, labels] of notListed) c.notListedIn = [...labels].sort();
  keepMetrics(reading, [raw, adjusted]);
  return reading;
}

export const secureScore = {
  title: 'Microsoft Secure Score',
  shapes: [scores, profiles],
  metrics: [raw, adjusted],
  read,
} satisfies Importer;
