import { controlCharacters } from '../../schema/characters.js';
import { Document } from 'yaml';
import type { CorporateTheme } from './read-theme.js';

function channels(hex: string): [number, number, number] {
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG). */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `a` moved towards `b` by `t` (0..1). */
function mix(a: string, b: string, t: number): string {
  const [x, y] = [channels(a), channels(b)];
  return x
    .map((c, i) =>
      Math.round(c + ((y[i] ?? 0) - c) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/** White or near-black, whichever contrasts more with the colour. */
const onColor = (hex: string) => {
  const l = luminance(hex);
  return 1.05 / (l + 0.05) >= (l + 0.05) / (luminance('1A1A1A') + 0.05) ? 'FFFFFF' : '1A1A1A';
};

/**
 * The files of a template made from a corporate theme: it extends the default
 * template and overrides the brand (colours, fonts, logo). Status, health and
 * risk colours keep their meaning and stay the default's.
 */
export function importedTemplateFiles(name: string, source: string, t: CorporateTheme): Map<string, string | Buffer> {
  const c = t.colors;
  const text = c.dk1 ?? '1F2937';
  const background = c.lt1 ?? 'FFFFFF';
  const accent = c.accent1 ?? '0F5FA8';
  const accents = ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6']
    .map((k) => c[k])
    .filter((x): x is string => x !== undefined);
  const colors = {
    background,
    text,
    accent,
    on_accent: onColor(accent),
    muted: mix(text, background, 0.3),
    line: mix(text, background, 0.8),
    surface: c.lt2 ?? mix(text, background, 0.94),
    sidebar: c.dk2 ?? text,
    on_sidebar: onColor(c.dk2 ?? text),
    ...(accents.length >= 4 ? { stages: accents.slice(0, 4) } : {}),
    ...(accents.length >= 3 ? { chart: accents } : {}),
  };
  const theme = {
    name,
    ...(t.logo ? { logo: `assets/logo.${t.logo.extension === 'jpeg' ? 'jpg' : 'png'}` } : {}),
    ...(t.majorFont || t.minorFont
      ? { fonts: { heading: t.majorFont ?? t.minorFont, body: t.minorFont ?? t.majorFont } }
      : {}),
    colors,
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
    ]),
  );
  if (t.logo) files.set(`assets/logo.${t.logo.extension === 'jpeg' ? 'jpg' : 'png'}`, t.logo.bytes);
  return files;
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
