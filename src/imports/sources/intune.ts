import { emptyReading, type DetectedDoc, type Importer, type Reading, type Shape } from '../types.js';
import { fileNames, fmt, jsonRecords, keepMetrics, measure, recordShape } from './common.js';
import { complianceDetail, compliantDevices, summaryCompliance } from './device-compliance.js';
import { countStates, listItems } from './device-list.js';

const devicesMetric = compliantDevices('Microsoft Intune device compliance');

/** The CSV columns that hold compliance: the portal export, the DeviceCompliance report, the Devices report. */
const CSV_COLUMNS = ['Compliance', 'ComplianceState', 'Compliance state', 'CompliantState'];

const list = recordShape(
  'managed-devices',
  'Graph GET /deviceManagement/managedDevices',
  'records with complianceState',
  ['complianceState'],
);
const summary = recordShape(
  'compliance-summary',
  'Graph GET /deviceManagement/deviceCompliancePolicyDeviceStateSummary',
  'an object with compliantDeviceCount and nonCompliantDeviceCount (alone or in value)',
  ['compliantDeviceCount', 'nonCompliantDeviceCount'],
);
const csv: Shape = {
  id: 'device-csv',
  label: 'Intune admin center Devices > All devices > Export, or an export job (DeviceCompliance, Devices) CSV',
  expects: `a CSV with a ${CSV_COLUMNS.join(' or ')} column`,
  detect: (d) => d.kind === 'csv' && d.table.has(...CSV_COLUMNS),
};

type State = 'compliant' | 'noncompliant' | 'grace' | 'other' | 'left-out';
/** complianceState words and enum codes (unknown 0, compliant 1, noncompliant 2, conflict 3, error 4, inGracePeriod 254, configManager 255). */
const STATES: Readonly<Record<string, State>> = {
  compliant: 'compliant',
  1: 'compliant',
  noncompliant: 'noncompliant',
  notcompliant: 'noncompliant',
  2: 'noncompliant',
  ingraceperiod: 'grace',
  254: 'grace',
  unknown: 'other',
  notevaluated: 'other',
  conflict: 'other',
  error: 'other',
  0: 'other',
  3: 'other',
  4: 'other',
  configmanager: 'left-out',
  managedbyconfigmanager: 'left-out',
  notapplicable: 'left-out',
  255: 'left-out',
};

function read(docs: readonly DetectedDoc[]): Reading {
  const reading = emptyReading();
  const listDocs = docs.filter((d) => d.shape !== summary).map((d) => d.doc);
  if (listDocs.length > 0) {
    const items = listItems(
      listDocs,
      { id: 'id', field: 'complianceState' },
      { id: ['Device ID', 'DeviceId', 'IntuneDeviceId'], field: CSV_COLUMNS },
    );
    const counts = countStates(items, STATES, 'compliance state', reading);
    const [compliant, grace] = [counts.get('compliant') ?? 0, counts.get('grace') ?? 0];
    const counted = compliant + grace + (counts.get('noncompliant') ?? 0) + (counts.get('other') ?? 0);
    const leftOut = counts.get('left-out') ?? 0;
    if (counted === 0) {
      reading.problems.push({
        code: 'import-incomplete',
        severity: 'warning',
        message: `${fileNames(listDocs)}: no device with a compliance state, so no value`,
        location: { file: listDocs[0]?.file ?? '' },
      });
    } else {
      const first = listDocs[0];
      const detail = `${complianceDetail({ compliant, counted, grace })}${leftOut ? `, ${fmt(leftOut)} managed by Configuration Manager or not applicable left out` : ''}`;
      if (first)
        reading.measurements.push({
          ...measure(first, devicesMetric, (compliant / counted) * 100, detail),
          name: fileNames(listDocs),
        });
    }
  }
  for (const { doc } of docs.filter((d) => d.shape === summary)) {
    for (const r of jsonRecords(doc)) {
      const c = summaryCompliance(r, reading);
      if (c)
        reading.measurements.push(measure(doc, devicesMetric, (c.compliant / c.counted) * 100, complianceDetail(c)));
    }
  }
  keepMetrics(reading, [devicesMetric]);
  return reading;
}

export const intune = {
  title: 'Microsoft Intune device compliance',
  shapes: [list, summary, csv],
  metrics: [devicesMetric],
  read,
} satisfies Importer;
