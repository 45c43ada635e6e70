import type { Theme } from '../../schema/template.js';
import type { CorporateMaster } from '../../templating/master/load-master.js';
import { readFontScheme, scriptFaces } from '../scripts/office-fonts.js';

/** Each script's face by its code, for headings and for body text. */
export interface MeasuredScripts {
  heading: Record<string, string>;
  body: Record<string, string>;
}

/**
 * The face the deck names for each script (theme.yaml's fonts.scripts, else
 * the corporate master's theme, else Office's): text of those scripts is
 * measured in them too (render/fonts/resolve.ts).
 */
export function measuredScripts(theme: Theme, master: CorporateMaster | undefined): MeasuredScripts {
  const part = master?.package.masters[0]?.theme;
  const bytes = part === undefined ? undefined : master?.parts.get(part);
  const own = bytes ? readFontScheme(new TextDecoder().decode(bytes)) : undefined;
  const out: MeasuredScripts = { heading: {}, body: {} };
  for (const [code, face] of scriptFaces(theme.fonts.scripts, own)) {
    out.heading[code] = face.heading;
    out.body[code] = face.body;
  }
  return out;
}
