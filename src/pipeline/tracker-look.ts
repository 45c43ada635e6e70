import path from 'node:path';
import { UserError } from '../problems/user-error.js';
import { riskStatuses } from '../schema/risks.js';
import { notApplicableReasons, statusIds, type Status } from '../schema/status.js';
import { Format } from '../templating/format.js';
import type { TrackerLook } from '../tracker/columns.js';
import type { ValidationResult } from '../validate/validate-program.js';
import type { ProgramData } from '../validate/program-data.js';
import { openTemplate } from './template.js';
import { validateFolder } from './validate.js';

/** A valid program and the words of its template, or the problems that stop it (as build refuses them). */
export async function programAndLook(
  dataDir: string,
): Promise<{ data: ProgramData; look: TrackerLook; checked: ValidationResult }> {
  const checked = await validateFolder(path.resolve(dataDir));
  if (!checked.data) throw new UserError(checked.problems, 'input');
  const template = await openTemplate({
    program: checked.program?.template,
    programDir: dataDir,
    programLocation: checked.templateLocation,
  });
  if (!template.opened) throw new UserError(template.problems, 'input');
  const t = template.opened.template;
  const labels = t.strings.status as Record<Status, string>;
  const look: TrackerLook = {
    locale: t.locale,
    dateFormat: new Format(t.locale).dateFormatCode('shortDate'),
    statusLabels: Object.fromEntries(statusIds.map((s) => [s, labels[s]])) as Record<Status, string>,
    statusColors: t.theme.colors.status,
    reasonLabels: { ...notApplicableReasons },
    words: registerWords(t.strings),
  };
  return { data: checked.data, look, checked };
}

/** The template's words of the risk and decision registers' closed sets; a risk's status has no template words. */
function registerWords(strings: Record<string, unknown>): Record<string, Record<string, string>> {
  const scale = (v: unknown) =>
    Object.fromEntries(((v as string[] | undefined) ?? []).map((w, i) => [String(i + 1), w]));
  return {
    likelihood: scale(strings.likelihood),
    impact: scale(strings.impact),
    treatment: strings.treatment as Record<string, string>,
    risk_trend: strings.risk_trend as Record<string, string>,
    decision_status: strings.decision_status as Record<string, string>,
    risk_status: { ...riskStatuses },
  };
}
