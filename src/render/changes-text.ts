import type { ChangesContext } from '../present/changes-context.js';

import { escapeMarkdown as md } from './markdown.js';

/** A percentage, or a dash where there is none (a scenario not in scope, or with nothing applicable). */
const pct = (n: number | null) => (n === null ? '–' : `${n}%`);

/** The changes as terminal text: a title line, the progress, then each section. */
export function changesText(c: ChangesContext, title: string, overall: string): string {
  const lines = [title, '', overall];
  for (const s of c.scenarios) lines.push(`  ${s.title}: ${pct(s.from)} → ${pct(s.to)} (${s.deltaText})`);
  for (const section of c.sections) {
    lines.push('', `${section.title} (${section.items.length})`);
    for (const item of section.items) lines.push(`  ${item}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The changes as GitHub-flavoured Markdown, for a pull-request comment or a job summary. */
export function changesMarkdown(c: ChangesContext, title: string, overall: string): string {
  const lines = [
    `### ${md(title)}`,
    '',
    md(overall),
    '',
    '| Scenario | Before | Now | Change |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const s of c.scenarios) lines.push(`| ${md(s.title)} | ${pct(s.from)} | ${pct(s.to)} | ${s.deltaText} |`);
  for (const section of c.sections) {
    lines.push('', `**${md(section.title)}** (${section.items.length})`, '');
    for (const item of section.items) lines.push(`- ${md(item)}`);
  }
  return `${lines.join('\n')}\n`;
}
