import path from 'node:path';
import { UserError } from '../problems/user-error.js';
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
  };
  return { data: checked.data, look, checked };
}
