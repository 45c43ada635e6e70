import { controlCharacters, loneSurrogates } from '../schema/characters.js';
import { errorAt, type Problem } from '../problems/problem.js';
import { plural } from '../problems/plural.js';

/** Largest YAML file ztdeck reads: program files are small; this stops a huge or hostile file early. */
export const MAX_YAML_BYTES = 1024 * 1024;

export interface DecodedText {
  text?: string;
  problems: Problem[];
}

/**
 * Bytes → text, refusing what would silently corrupt the deck: files over the
 * size cap, UTF-16, invalid UTF-8 (Node would turn it into U+FFFD) and raw
 * control characters (pptxgenjs writes them as they are, which breaks the XML).
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length > MAX_YAML_BYTES) {
    return fail(
      file,
      'file-too-large',
      `the file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(MAX_YAML_BYTES)}`,
      'split the data or remove what the deck does not need; program files are normally a few kilobytes',
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(
      file,
      'file-not-utf8',
      'the file is saved as UTF-16',
      'save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
    );
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column, lineText } = bytePosition(bytes, bad);
    const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      problems: [
        errorAt(
          { file, line, column, length: 1, lineText },
          'file-not-utf8',
          `byte 0x${byte} at offset ${bad} is not valid UTF-8`,
          'save the file as UTF-8; it was probably saved as Latin-1 or Windows-1252',
        ),
      ],
    };
  }
  let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Classic Mac OS line endings (a lone CR): YAML counts them as line breaks, the parser does not. Same length, same offsets.
  text = text.replace(/\r(?!\n)/g, '\n');
  return { text, problems: controlCharacterProblems(text, file) };
}

const MAX_REPORTED = 10;

function controlCharacterProblems(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const matches = [...text.matchAll(controlCharacters())];
  for (const m of matches.slice(0, MAX_REPORTED)) {
    const offset = m.index ?? 0;
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line++;
    const start = lineStarts[line] ?? 0;
    const end = text.indexOf('\n', start);
    const at = {
      file,
      line: line + 1,
      column: offset - start + 1,
      length: 1,
      lineText: visible(text.slice(start, end < 0 ? undefined : end)),
    };
    problems.push(
      errorAt(
        at,
        'control-character',
        `the file holds the control character ${describeCodePoint(m[0])}, which cannot appear in a deck`,
        'delete it; it usually comes from text pasted from another program',
      ),
    );
  }
  if (matches.length > MAX_REPORTED) {
    problems.push(
      errorAt(
        file,
        'control-character',
        `${plural(matches.length - MAX_REPORTED, 'more control character')} in this file`,
        'search the file for invisible characters and delete them',
      ),
    );
  }
  return problems;
}

export function describeCodePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Makes control characters and broken surrogates visible in an excerpt or a message (⟨U+000B⟩). */
export function visible(s: string): string {
  const shown = (c: string) => `⟨${describeCodePoint(c)}⟩`;
  return s.replace(controlCharacters(), shown).replace(loneSurrogates(), shown).replace(/\r$/, '');
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    let need: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function bytePosition(b: Uint8Array, offset: number): { line: number; column: number; lineText: string } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++)
    if (b[i] === 10) {
      line++;
      start = i + 1;
    }
  let end = b.indexOf(10, start);
  if (end < 0) end = b.length;
  const before = new TextDecoder('utf-8').decode(b.subarray(start, offset));
  const lineText = new TextDecoder('utf-8').decode(b.subarray(start, end));
  return { line, column: before.length + 1, lineText: visible(lineText) };
}

function fail(file: string, code: 'file-too-large' | 'file-not-utf8', message: string, hint: string): DecodedText {
  return { problems: [errorAt(file, code, message, hint)] };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
