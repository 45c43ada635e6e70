import type { InputDoc } from '../input/read-input.js';
import { emptyReading, type DetectedDoc, type Importer, type Metric, type Reading, type Shape } from '../types.js';
import { fileNames, fmt, keepMetrics, measure, recordShape, stampOf } from './common.js';
import { countStates, listItems } from './device-list.js';

const exposure: Metric = {
  id: 'exposure-score',
  title: 'Defender exposure score',
  unit: 'points',
  direction: 'lower',
  byDefault: true,
  source: 'Microsoft Defender Vulnerability Management exposure score (API exposureScore)',
};
const configuration: Metric = {
  id: 'device-secure-score',
  title: 'Defender for Endpoint device secure score',
  unit: 'points',
  direction: 'higher',
  byDefault: true,
  source: 'Microsoft Defender for Endpoint device secure score (API configurationScore)',
};
const notOnboarded: Metric = {
  id: 'devices-not-onboarded',
  title: 'Devices not yet onboarded to Defender for Endpoint',
  unit: 'devices',
  direction: 'lower',
  byDefault: true,
  source: 'Microsoft Defender XDR device inventory (onboarding status "Can be onboarded")',
};

const context = (d: InputDoc) =>
  d.kind === 'json' ? String(d.root.get('@odata.context')?.value ?? '').toLowerCase() : '';
const score = (name: string, label: string, id: string): Shape => ({
  id,
  label,
  expects: `an object with time and score whose @odata.context names ${name}`,
  detect: (d) => d.kind === 'json' && d.root.get('score') !== undefined && context(d).includes(name.toLowerCase()),
});
const exposureShape = score(
  'ExposureScore',
  'GET https://api.securitycenter.microsoft.com/api/exposureScore',
  'exposure-score',
);
const configurationShape = score(
  'ConfigurationScore',
  'GET https://api.securitycenter.microsoft.com/api/configurationScore',
  'configuration-score',
);
const machines = recordShape(
  'machines',
  'GET https://api.security.microsoft.com/api/machines',
  'records with onboardingStatus',
  ['onboardingStatus'],
);
const INVENTORY_COLUMNS = ['Onboarding status', 'OnboardingStatus'];
const inventory: Shape = {
  id: 'device-inventory-csv',
  label: 'Defender portal Assets > Devices > Export (CSV)',
  expects: 'a CSV with an "Onboarding status" column',
  detect: (d) => d.kind === 'csv' && d.table.has(...INVENTORY_COLUMNS),
};

type Onboarding = 'onboarded' | 'can-be-onboarded' | 'unsupported' | 'insufficient-info';
/** The API writes Onboarded, CanBeOnboarded, Unsupported, InsufficientInfo; the portal "Can be onboarded", "Insufficient info". */
const STATES: Readonly<Record<string, Onboarding>> = {
  onboarded: 'onboarded',
  canbeonboarded: 'can-be-onboarded',
  unsupported: 'unsupported',
  insufficientinfo: 'insufficient-info',
};

/**
 * Devices not onboarded: those that can be and are not ("Can be onboarded").
 * Unsupported devices (printers, old systems) can never be, and "insufficient
 * info" ones are not known yet; both are counted in the detail, not the value,
 * so the KPI can reach 0.
 */
function readInventory(docs: readonly DetectedDoc[], reading: Reading): void {
  const list = docs.map((d) => d.doc);
  if (list.length === 0) return;
  const items = listItems(
    list,
    { id: 'id', field: 'onboardingStatus' },
    { id: ['Device ID', 'DeviceId', 'Id', 'Device name', 'DeviceName'], field: INVENTORY_COLUMNS },
  );
  const c = countStates(items, STATES, 'onboarding status', reading);
  const n = (s: Onboarding) => c.get(s) ?? 0;
  const total = n('onboarded') + n('can-be-onboarded') + n('unsupported') + n('insufficient-info');
  const first = list[0];
  if (!first || total === 0) return;
  const others = [
    n('unsupported') ? `${fmt(n('unsupported'))} unsupported` : '',
    n('insufficient-info') ? `${fmt(n('insufficient-info'))} with insufficient info` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const detail = `${fmt(n('can-be-onboarded'))} of ${fmt(total)} devices can be onboarded, ${fmt(n('onboarded'))} onboarded${others ? `, ${others}` : ''}`;
  reading.measurements.push({ ...measure(first, notOnboarded, n('can-be-onboarded'), detail), name: fileNames(list) });
}

function readScore(d: DetectedDoc, metric: Metric, reading: Reading): void {
  if (d.doc.kind !== 'json') return;
  const v = d.doc.root.get('score');
  const value = v?.number();
  if (!v || value === undefined || value < 0 || (metric === exposure && value > 100)) {
    reading.problems.push(
      (v ?? d.doc.root).problem(
        'out-of-range',
        `score is ${JSON.stringify(v?.value ?? null)}; ${metric === exposure ? 'the exposure score runs from 0 to 100' : 'the score is a number, 0 or more'}`,
      ),
    );
    return;
  }
  const stamp = stampOf(d.doc.root.get('time'), reading);
  reading.measurements.push(
    measure(
      d.doc,
      metric,
      value,
      `score ${fmt(value)}${stamp ? `, ${d.doc.root.get('time')?.text()}` : ''}`,
      stamp ? { stamp } : {},
    ),
  );
}

function read(docs: readonly DetectedDoc[]): Reading {
  const reading = emptyReading();
  for (const d of docs) {
    if (d.shape === exposureShape) readScore(d, exposure, reading);
    if (d.shape === configurationShape) readScore(d, configuration, reading);
  }
  readInventory(
    docs.filter((d) => d.shape === machines || d.shape === inventory),
    reading,
  );
  keepMetrics(reading, [exposure, configuration, notOnboarded]);
  return reading;
}

export const mde = {
  title: 'Microsoft Defender for Endpoint',
  shapes: [exposureShape, configurationShape, machines, inventory],
  metrics: [exposure, configuration, notOnboarded],
  read,
} satisfies Importer;
