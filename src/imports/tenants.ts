import { problem, type Problem } from '../problems/problem.js';
import type { Reading } from './types.js';

/**
 * One tenant per KPI: files of several tenants are refused unless --tenant
 * picks one (and --tenant must name a tenant the files hold).
 */
export function checkTenants(reading: Reading, wanted: string | undefined): Problem[] {
  // Tenants are told apart whatever their case, and named as the files first write them.
  const files = new Map<string, { name: string; files: Set<string> }>();
  for (const { tenant, file } of [
    ...reading.tenants,
    ...reading.measurements.flatMap((m) => (m.tenant ? [{ tenant: m.tenant, file: m.file }] : [])),
  ]) {
    const key = tenant.toLowerCase();
    const seen = files.get(key) ?? { name: tenant, files: new Set<string>() };
    files.set(key, { ...seen, files: seen.files.add(file) });
  }
  const listed = [...files.values()].map((t) => `${t.name} (${[...t.files].join(', ')})`).join('; ');
  if (wanted !== undefined) {
    if (files.size > 0 && !files.has(wanted.toLowerCase())) {
      return [
        problem('import-mixed-tenants', `the files hold no data of tenant ${wanted}`, { hint: `they hold: ${listed}` }),
      ];
    }
    return [];
  }
  if (files.size <= 1) return [];
  const [, second] = [...files.values()];
  const file = second ? [...second.files][0] : undefined;
  return [
    problem('import-mixed-tenants', `the files hold data of ${files.size} tenants: ${listed}`, {
      hint: 'each KPI follows one tenant: pick it with --tenant <id>',
      location: file ? { file } : undefined,
    }),
  ];
}
