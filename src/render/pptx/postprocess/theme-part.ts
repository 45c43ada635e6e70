import type { Theme } from '../../../schema/template.js';
import type { Parts } from '../../../ooxml/parts.js';
import { escapeXml } from '../../../ooxml/xml-text.js';
import type { DeckLanguage } from '../../scripts/language.js';
import { completeFontScheme } from './font-scheme.js';

/**
 * Writes the template's colours and fonts into the deck's theme part, so what
 * a user adds later in PowerPoint (a shape, a chart, a text box) is on brand,
 * with a face for every script (font-scheme.ts). pptxgenjs always writes the
 * Office theme.
 */
export function applyTheme(
  parts: Parts,
  theme: Theme,
  language: DeckLanguage,
  used: ReadonlyMap<string, number> = new Map(),
): void {
  const c = theme.colors;
  // accent1 is the brand's accent; accent2..6 are the chart colours after the first (positions, so one change moves one slot).
  const accents = [c.accent, ...c.chart.slice(1, 6)];
  while (accents.length < 6) accents.push(c.muted);
  const slots: [string, string][] = [
    ['dk1', c.text],
    ['lt1', c.background],
    ['dk2', c.sidebar],
    ['lt2', c.surface],
    ...accents.map((a, i): [string, string] => [`accent${i + 1}`, a]),
    // The brand's link colours when the template keeps them (an imported theme does), else the accent and muted.
    ['hlink', c.hyperlink ?? c.accent],
    ['folHlink', c.followed_hyperlink ?? c.muted],
  ];
  const scheme = `<a:clrScheme name="${escapeXml(theme.name)}">${slots.map(([slot, rgb]) => `<a:${slot}><a:srgbClr val="${rgb}"/></a:${slot}>`).join('')}</a:clrScheme>`;
  parts.editXml(/^ppt\/theme\/theme\d+\.xml$/, (xml) =>
    completeFontScheme(xml, theme, language, used)
      .replace(/<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/, scheme)
      .replace(/(<a:theme\b[^>]*\bname=")[^"]*(")/, `$1${escapeXml(theme.name)}$2`)
      .replace(/(<a:fontScheme name=")[^"]*(")/, `$1${escapeXml(theme.name)}$2`),
  );
}
