import type { Stamp } from '../dates.js';
import { emptyReading, type DetectedDoc, type Importer, type Metric, type Reading } from '../types.js';
import { fileNames, fmt, jsonRecords, keepMetrics, measure, ProblemCap, recordShape, stampOf, word } from './common.js';
import { plural } from '../../problems/plural.js';

const mfa: Metric = {
  id: 'mfa-coverage',
  title: 'MFA coverage',
  unit: '%',
  direction: 'higher',
  byDefault: true,
  source: 'Microsoft Entra authentication methods (Graph reports/authenticationMethods)',
};
const passwordless: Metric = {
  id: 'passwordless-capable',
  title: 'Users able to sign in without a password',
  unit: '%',
  direction: 'higher',
  byDefault: true,
  source: 'Microsoft Entra authentication methods (Graph reports/authenticationMethods)',
};

const details = recordShape(
  'user-registration-details',
  'Graph GET /reports/authenticationMethods/userRegistrationDetails',
  'records with isMfaRegistered',
  ['isMfaRegistered'],
);
const byFeature = recordShape(
  'users-registered-by-feature',
  'Graph GET /reports/authenticationMethods/usersRegisteredByFeature(...)',
  'an object with totalUserCount and userRegistrationFeatureCounts',
  ['totalUserCount', 'userRegistrationFeatureCounts'],
);

/** Per user: MFA registered (not "capable", which also needs a method the policy allows) and passwordless capable; members only. */
function readDetails(docs: readonly DetectedDoc[], reading: Reading): void {
  const seen = new Set<string>();
  const cap = new ProblemCap(reading);
  let [members, registered, pwless, guests] = [0, 0, 0, 0];
  let latest: Stamp | undefined;
  for (const { doc } of docs) {
    for (const r of jsonRecords(doc)) {
      const id = r.get('id')?.text();
      if (id && seen.has(id)) continue;
      if (id) seen.add(id);
      if (word(r.get('userType')?.text() ?? 'member') !== 'member') {
        guests++;
        continue;
      }
      const isMfa = r.get('isMfaRegistered');
      if (isMfa?.bool() === undefined) {
        cap.add(() =>
          (isMfa ?? r).problem(
            'import-incomplete',
            'this user has no true or false isMfaRegistered and is not counted',
            'save the whole answer of the API',
            'warning',
          ),
        );
        continue;
      }
      members++;
      if (isMfa.bool()) registered++;
      if (r.get('isPasswordlessCapable')?.bool()) pwless++;
      const s = stampOf(r.get('lastUpdatedDateTime'), reading);
      if (s && (!latest || s.instant > latest.instant)) latest = s;
    }
  }
  cap.finish((hidden) => ({
    code: 'import-incomplete',
    severity: 'warning',
    message: `${plural(hidden, 'more user is', 'more users are')} not counted for the same reason`,
  }));
  const first = docs[0]?.doc;
  if (!first || members === 0) return;
  const extra = { ...(latest ? { stamp: latest, stampIsHint: true } : {}), name: fileNames(docs.map((d) => d.doc)) };
  const left = guests ? `; ${fmt(guests)} guest${guests === 1 ? '' : 's'} left out` : '';
  reading.measurements.push(
    measure(
      first,
      mfa,
      (registered / members) * 100,
      `${fmt(registered)} of ${fmt(members)} members MFA-registered${left}`,
      extra,
    ),
  );
  reading.measurements.push(
    measure(
      first,
      passwordless,
      (pwless / members) * 100,
      `${fmt(pwless)} of ${fmt(members)} members passwordless-capable${left}`,
      extra,
    ),
  );
}

/** The summary: mfaCapable and passwordlessCapable over totalUserCount (which leaves out blocked accounts). */
function readSummary(docs: readonly DetectedDoc[], reading: Reading): void {
  for (const { doc } of docs) {
    for (const r of jsonRecords(doc)) {
      const totalV = r.get('totalUserCount');
      const total = totalV?.number();
      if (!total || total <= 0) {
        reading.problems.push(
          (totalV ?? r).problem(
            'out-of-range',
            'totalUserCount is not a count above 0',
            'save the whole answer of the API',
          ),
        );
        continue;
      }
      const counts = r.get('userRegistrationFeatureCounts')?.items() ?? [];
      const types = r.get('userTypes')?.text() ?? 'member';
      for (const [metric, feature] of [
        [mfa, 'mfaCapable'],
        [passwordless, 'passwordlessCapable'],
      ] as const) {
        const item = counts.find((c) => word(c.get('feature')?.text() ?? '') === word(feature));
        const n = item?.get('userCount')?.number();
        if (!item || n === undefined || n < 0) continue;
        if (n > total)
          reading.problems.push(
            item.problem(
              'out-of-range',
              `${feature} counts ${fmt(n)} users, more than totalUserCount ${fmt(total)}; the value is capped at 100%`,
              "Microsoft's own example shows this; check the numbers in the portal",
              'warning',
            ),
          );
        reading.measurements.push(
          measure(
            doc,
            metric,
            (Math.min(n, total) / total) * 100,
            `${fmt(n)} of ${fmt(total)} ${types} users ${feature}`,
          ),
        );
      }
    }
  }
}

function read(docs: readonly DetectedDoc[]): Reading {
  const reading = emptyReading();
  readDetails(
    docs.filter((d) => d.shape === details),
    reading,
  );
  readSummary(
    docs.filter((d) => d.shape === byFeature),
    reading,
  );
  keepMetrics(reading, [mfa, passwordless]);
  return reading;
}

export const entraAuthMethods = {
  title: 'Microsoft Entra authentication methods',
  shapes: [details, byFeature],
  metrics: [mfa, passwordless],
  read,
} satisfies Importer;
