import path from 'node:path';
import { displayPath, readYamlFile } from '../data/read-yaml-file.js';
import type { TemplateText } from '../render/report/render-reports.js';
import { builtinTemplatesDir } from '../paths.js';
import type { Problem } from '../report/problem.js';
import { deckFileSchema, type DeckFile } from '../schema/deck.js';
import { themeSchema, type Theme } from '../schema/template.js';
import { validateFile } from '../validate/validate-file.js';
import { didYouMean } from '../validate/suggest.js';
import { readdir, readFile } from 'node:fs/promises';

export interface Template {
  name: string;
  dir: string;
  theme: Theme;
  decks: DeckFile;
  /** Handlebars sources of the reports. */
  reports: { html: TemplateText; markdown: TemplateText };
}

const REPORT_FILES = { html: 'reports/report.html.hbs', markdown: 'reports/summary.md.hbs' } as const;

/** Loads a built-in template folder: theme.yaml (brand) and deck.yaml (composition), each checked like data. */
export async function loadTemplate(name: string): Promise<{ template?: Template; problems: Problem[] }> {
  const available = (await readdir(builtinTemplatesDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  if (!available.includes(name)) {
    return {
      problems: [{
        code: 'unknown-template', severity: 'error', message: `there is no template "${name}"`,
        hint: [didYouMean(name, available), `templates: ${available.join(', ')}`].filter(Boolean).join(' '),
      }],
    };
  }
  const dir = path.join(builtinTemplatesDir, name);
  const problems: Problem[] = [];
  const read = async <T>(file: string, schema: Parameters<typeof validateFile>[1]) => {
    const r = await readYamlFile(path.join(dir, file));
    problems.push(...r.problems);
    if (!r.yaml) return undefined;
    const v = validateFile(r.yaml, schema);
    problems.push(...v.problems);
    return v.value?.data as T | undefined;
  };
  const theme = await read<Theme>('theme.yaml', themeSchema);
  const decks = await read<DeckFile>('deck.yaml', deckFileSchema);
  const text = async (rel: string): Promise<TemplateText | undefined> => {
    const file = path.join(dir, rel);
    try {
      return { file: displayPath(file), source: await readFile(file, 'utf8') };
    } catch {
      problems.push({ code: 'path-not-found', severity: 'error', message: `the template has no ${rel}`, hint: 'add the file to the template folder', location: { file: displayPath(file) } });
      return undefined;
    }
  };
  const html = await text(REPORT_FILES.html);
  const markdown = await text(REPORT_FILES.markdown);
  if (!theme || !decks || !html || !markdown) return { problems };
  return { template: { name, dir, theme, decks, reports: { html, markdown } }, problems };
}
