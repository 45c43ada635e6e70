/**
 * The characters text may not hold, declared once. Data and template texts
 * refuse control characters (C0 but tab and line breaks, DEL, C1) and the two
 * non-characters: pasted from another program, they corrupt a deck or hide
 * text. Writers strip what XML 1.0 cannot hold at all (C1 is legal XML),
 * and broken surrogate pairs, as a last line of defence.
 */
const CONTROL = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF';
const NOT_IN_XML = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF';
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

/** Matches every control character refused in data and templates (global: use with matchAll or replace). */
export const controlCharacters = (): RegExp => new RegExp(`[${CONTROL}]`, 'g');
/** Matches every broken surrogate (global). */
export const loneSurrogates = (): RegExp => new RegExp(LONE_SURROGATE, 'g');

/**
 * The same rule for JSON Schema (editors): not blank, no control character, no broken
 * surrogate. A surrogate pair is its own alternative, so the pattern means the same
 * whether the editor compiles it with the `u` flag or without.
 */
export const TEXT_PATTERN = `^(?=[\\s\\S]*\\S)(?:[^${CONTROL}\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$`;

export function hasControlCharacter(s: string): boolean {
  return new RegExp(`[${CONTROL}]`).test(s);
}

/** Removes what XML 1.0 cannot hold: the C0 controls but tab and line breaks, U+FFFE, U+FFFF, broken surrogates. */
export function stripForXml(s: string): string {
  // Most text has neither: one scan for a plain class of characters is several times faster than the pattern's alternatives.
  return MAYBE_UNSAFE.test(s) ? s.replace(UNSAFE_IN_XML, '') : s;
}

const UNSAFE_IN_XML = new RegExp(`[${NOT_IN_XML}]|${LONE_SURROGATE}`, 'g');
const MAYBE_UNSAFE = new RegExp(`[${NOT_IN_XML}\\uD800-\\uDFFF]`);
