import { errorAt, type Problem } from '../../problems/problem.js';

/**
 * Largest file `ztdeck import` reads, checked before anything is parsed: a
 * Zero Trust Assessment report is about 1 MB and an Intune device list of
 * 20,000 devices about 25 MB; anything larger is split into pages.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
/** How many files one import reads (Graph pages, archived runs). */
export const MAX_IMPORT_FILES = 200;

export type DecodedInput = { text: string } | { problem: Problem };

/**
 * Bytes → text. UTF-8 with or without a BOM (ScubaGear writes one), and
 * UTF-16 with a BOM, which Windows PowerShell 5.1 writes with `Out-File` and `>`.
 * Anything else that is not valid UTF-8 is refused rather than guessed.
 */
export function decodeInput(bytes: Uint8Array, file: string): DecodedInput {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return {
      problem: errorAt(
        file,
        'file-too-large',
        `the file is ${mib(bytes.length)}; the limit for a file to import is ${mib(MAX_IMPORT_BYTES)}`,
        'save the data in several files (Graph pages) and give them all',
      ),
    };
  }
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) {
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    return {
      problem: errorAt(
        file,
        'import-syntax',
        zip ? 'this is a zip file, not JSON or CSV' : 'this is not a text file (JSON, CSV or an HTML report)',
        zip
          ? "unzip an export job's result and give the CSV inside; save an Excel workbook as CSV"
          : 'give the file the API or the tool wrote',
      ),
    };
  }
  try {
    const text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return {
      problem: errorAt(
        file,
        'file-not-utf8',
        `the file is not valid ${utf16 ? 'UTF-16' : 'UTF-8'} text`,
        'save it again as UTF-8 (PowerShell: Out-File -Encoding utf8), or give the file the tool wrote',
      ),
    };
  }
}

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** 1-based line and column of an offset, with an excerpt of the line short enough to print (minified JSON is one long line). */
export function positionOf(text: string, offset: number): { line: number; column: number; lineText: string } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  let column = offset - start + 1;
  let lineText = text.slice(start, end).replace(/\r$/, '');
  const WINDOW = 60;
  if (lineText.length > 2 * WINDOW) {
    const from = Math.max(0, column - 1 - WINDOW);
    const to = Math.min(lineText.length, column - 1 + WINDOW);
    lineText = `${from > 0 ? '…' : ''}${lineText.slice(from, to)}${to < lineText.length ? '…' : ''}`;
    column = column - from + (from > 0 ? 1 : 0);
  }
  return { line, column, lineText: printable(lineText) };
}

/** Control characters shown as ⟨U+0000⟩ so an excerpt never writes them to a terminal. */
export function printable(s: string): string {
  return s.replace(
    /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g,
    (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}
