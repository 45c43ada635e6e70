import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { userError } from '../../problems/user-error.js';

/** The environment variable that names the LibreOffice program (soffice) to use. */
export const OFFICE_VARIABLE = 'ZTDECK_SOFFICE';

/** Where an installer puts soffice when it is not on the PATH (macOS, Windows). */
const WELL_KNOWN = [
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

const INSTALL_HINT =
  'install LibreOffice Impress (Debian/Ubuntu: apt-get install libreoffice-impress; macOS: brew install --cask libreoffice; Windows: the installer from libreoffice.org), or name its soffice program in ZTDECK_SOFFICE; the other formats (pptx, png, html, md, json) do not need it';

function runnable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A program on the PATH, as the shell would find it (with the Windows extensions there). */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', '.bat', ''] : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean))
    for (const ext of extensions) {
      const file = path.join(dir, name + ext);
      if (runnable(file)) return file;
    }
  return undefined;
}

/** The soffice to run: ZTDECK_SOFFICE, else soffice on the PATH, else where an installer puts it; undefined when none. */
export function findOffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env[OFFICE_VARIABLE];
  if (named) return runnable(named) ? path.resolve(named) : undefined;
  return findOnPath('soffice', env) ?? findOnPath('libreoffice', env) ?? WELL_KNOWN.find(runnable);
}

/** Why a build that asks for a PDF or previews is refused before it starts: no LibreOffice. */
export function officeMissing(formats: readonly string[], env: NodeJS.ProcessEnv = process.env): Error {
  const named = env[OFFICE_VARIABLE];
  const asked = formats.join(' and ');
  return userError(
    'usage',
    'office-missing',
    named
      ? `${OFFICE_VARIABLE} names ${named}, which is not a program that can be run; the ${asked} output needs LibreOffice`
      : `the ${asked} output needs LibreOffice, which was not found (soffice on the PATH, or ${OFFICE_VARIABLE}); nothing was written`,
    { hint: INSTALL_HINT },
  );
}

/** The soffice to run, or the refusal. */
export function requireOffice(formats: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const found = findOffice(env);
  if (!found) throw officeMissing(formats, env);
  return found;
}
