/**
 * Data in Markdown stays data: no formatting, links, mentions, tables, HTML,
 * maths or block structure can come from a value, whatever renders it
 * (GitHub, GitLab, a wiki). Values are written inline, so line breaks become
 * spaces.
 */
export function escapeMarkdown(value: string): string {
  return (
    value
      .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/[\\`*_[\]|#~$]/g, (c) => `\\${c}`)
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Autolinks: a URL scheme or "www." no longer reads as a link once its colon or dot is escaped.
      .replace(/([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1\\:')
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
      // Mentions and e-mail addresses: a zero-width space after @ stops GitHub's @mention and the e-mail autolink.
      .replace(/@(?=[\w-])/g, '@&#8203;')
      // A value that starts a line must not start a list, a quote, a heading underline or a rule.
      .replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2')
      .replace(/^(\s*)([-=])(?=[-=\s]*$)/, '$1\\$2')
      .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
  );
}

/** Every string of a context, Markdown-escaped (keys and non-strings as they are). */
export function escapeMarkdownDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map(escapeMarkdownDeep) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeMarkdownDeep(v)])) as T;
  return value;
}
