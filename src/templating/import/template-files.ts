import { controlCharacters } from '../../schema/characters.js';
import { Document } from 'yaml';
import type { Theme } from '../../schema/template.js';
import { importedColours } from './brand-colours.js';
import type { CorporateTheme } from './read-theme.js';

/**
 * The files of a template made from a corporate theme: it extends the default
 * template (whose colours are `base`) and overrides the brand (colours,
 * fonts, logo), each colour fitted to the contrast its uses need. Status,
 * health and risk colours keep their meaning: the default's, moved in
 * lightness only where the brand's background needs it. `notes` say what was
 * changed and why.
 */
export function importedTemplateFiles(
  name: string,
  source: string,
  t: CorporateTheme,
  base: Theme['colors'],
): { files: Map<string, string | Buffer>; notes: string[] } {
  const { colors, notes } = importedColours(t, base);
  const logoFile = t.logo ? `assets/logo.${t.logo.extension === 'jpeg' ? 'jpg' : 'png'}` : undefined;
  const theme = {
    name,
    ...(logoFile ? { logo: logoFile } : {}),
    ...(t.majorFont || t.minorFont
      ? { fonts: { heading: t.majorFont ?? t.minorFont, body: t.minorFont ?? t.majorFont } }
      : {}),
    ...(Object.keys(colors).length ? { colors } : {}),
  };
  const files = new Map<string, string | Buffer>();
  files.set(
    'template.yaml',
    yamlFile({ name, description: `Brand of ${source}`, extends: 'default' }, [
      `Made by ztdeck template import from ${source} (theme "${t.name}").`,
      'Everything not set here comes from the default template.',
    ]),
  );
  files.set(
    'theme.yaml',
    yamlFile(theme, [
      `Colours and fonts from the theme of ${source}; status, health and risk colours`,
      "keep the default template's (they carry meaning). Edit freely.",
      ...(notes.some((n) => n.includes(' → '))
        ? ['Colours whose contrast was too low were moved in lightness (template import printed each change).']
        : []),
      ...notes.filter((n) => n.startsWith("the theme uses Office's")).map((n) => `Note: ${n}.`),
    ]),
  );
  if (t.logo && logoFile) files.set(logoFile, t.logo.bytes);
  return { files, notes };
}

/**
 * A YAML file written by the yaml library, never by pasting strings: a name
 * from the package cannot add a key, and every string is quoted (a colour
 * such as 0E7490 would otherwise read back as a number).
 */
function yamlFile(value: object, comment: readonly string[]): string {
  const doc = new Document(value);
  // One comment line per line of text: a line break inside a name stays inside the comment.
  doc.commentBefore = comment
    .flatMap((line) => line.split(/\r\n|[\r\n\u2028\u2029]/))
    .map((line) => ` ${line.replace(controlCharacters(), '')}`)
    .join('\n');
  return doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}
