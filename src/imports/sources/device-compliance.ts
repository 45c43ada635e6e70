import type { JsonView } from '../input/json-view.js';
import type { Metric, Reading } from '../types.js';
import { fmt } from './common.js';

export const compliantDevices = (source: string): Metric => ({
  id: 'compliant-devices',
  title: 'Managed and compliant devices',
  unit: '%',
  direction: 'higher',
  byDefault: true,
  source,
});

/** Counted in the denominator; notApplicable, configManager and remediated are left out (Intune's own reports do the same). */
const COUNTED = [
  'compliantDeviceCount',
  'nonCompliantDeviceCount',
  'inGracePeriodCount',
  'errorDeviceCount',
  'conflictDeviceCount',
  'unknownDeviceCount',
] as const;

export interface Compliance {
  compliant: number;
  counted: number;
  grace: number;
}

/**
 * A device compliance summary (deviceCompliancePolicyDeviceStateSummary, which
 * the Zero Trust Assessment copies): compliant ÷ every device counted. Devices
 * in their grace period are not compliant; they are named in the detail.
 */
export function summaryCompliance(view: JsonView, reading: Reading): Compliance | undefined {
  const counts: Record<string, number> = {};
  for (const key of COUNTED) {
    const v = view.get(key);
    const n = v?.number();
    if (v !== undefined && (n === undefined || n < 0 || !Number.isInteger(n))) {
      reading.problems.push(
        v.problem(
          'out-of-range',
          `${key} is ${JSON.stringify(v.value)}; a count of devices is a whole number, 0 or more`,
        ),
      );
      return undefined;
    }
    counts[key] = n ?? 0;
  }
  const counted = COUNTED.reduce((s, k) => s + (counts[k] ?? 0), 0);
  if (counted === 0) {
    reading.problems.push(
      view.problem('import-incomplete', 'the summary counts no device, so it gives no value', undefined, 'warning'),
    );
    return undefined;
  }
  return { compliant: counts.compliantDeviceCount ?? 0, counted, grace: counts.inGracePeriodCount ?? 0 };
}

export function complianceDetail(c: Compliance): string {
  return `${fmt(c.compliant)} of ${fmt(c.counted)} devices compliant${c.grace > 0 ? `, ${fmt(c.grace)} in grace period` : ''}`;
}
