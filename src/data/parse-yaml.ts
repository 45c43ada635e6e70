import { isAlias, isPair, isScalar, LineCounter, parseDocument, visit, type Node, type YAMLError } from 'yaml';
import { errorAt, type Problem } from '../problems/problem.js';
import type { ProblemCode } from '../problems/problem-codes.js';
import { RESERVED_NAMES } from '../schema/names.js';
import { SourceFile } from './source-file.js';

/** Aliases are allowed (a user may reuse an owner block) but capped, so an alias bomb fails fast. */
export const MAX_ALIAS_COUNT = 100;
/** ztdeck's files nest five or six levels; far deeper is a mistake or an attack (1 MB of "[" took seconds and 600 MB to parse). */
export const MAX_NESTING = 64;

/**
 * The offset where flow brackets or indentation first pass `max` levels, or
 * undefined. A fast scan before parsing: it skips quoted text and comments
 * and counts each indentation step of two or more spaces as a level.
 */
export function nestingBeyond(text: string, max: number): number | undefined {
  let depth = 0;
  let quote = '';
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (lineStart) {
      let spaces = 0;
      while (text[i + spaces] === ' ') spaces++;
      if (spaces > max * 4) return i + spaces;
      lineStart = false;
    }
    if (c === '\n') lineStart = true;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") {
      const prev = text[i - 1];
      if (prev === undefined || /[\s[{,:]/.test(prev)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      while (i < text.length && text[i] !== '\n') i++;
      lineStart = true;
    } else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

function lineCounterOf(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') counter.addNewLine(i + 1);
  return counter;
}

export interface ParsedYaml {
  file?: SourceFile;
  value?: unknown;
  problems: Problem[];
}

/**
 * Parses one YAML document safely: YAML 1.2 core schema whatever the file says,
 * no directives, no tags, unique keys, capped aliases, no reserved keys.
 * Every error and warning of the parser is a problem with its position.
 */
export function parseYaml(text: string, absolutePath: string, displayPath: string): ParsedYaml {
  const tooDeep = nestingBeyond(text, MAX_NESTING);
  if (tooDeep !== undefined) {
    const file = new SourceFile(absolutePath, displayPath, text, parseDocument(''), lineCounterOf(text));
    return {
      problems: [
        errorAt(
          file.at(tooDeep, 1),
          'yaml-too-deep',
          `lists and mappings nest more than ${MAX_NESTING} deep here`,
          "ztdeck's files nest a few levels only; check for stray [ or { characters",
        ),
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    schema: 'core',
    version: '1.2',
    uniqueKeys: true,
    strict: true,
    merge: false,
    prettyErrors: false,
    stringKeys: true,
    lineCounter,
  });
  const file = new SourceFile(absolutePath, displayPath, text, doc, lineCounter);
  const problems = documentProblems(file);
  // A duplicate key leaves a readable document (the last value wins): it is still checked against its
  // schema, so its other mistakes are reported in the same run. Any other YAML problem stops here.
  if (problems.some((p) => p.code !== 'yaml-duplicate-key')) return { file, problems };
  return documentValue(file, problems);
}

/** The problems of a parsed document: directives, duplicate and reserved keys, and the parser's own errors and warnings. */
function documentProblems(file: SourceFile): Problem[] {
  const { doc, text } = file;
  const problems: Problem[] = [];
  const directive = /^%[A-Za-z]+/m.exec(text);
  if (directive && (doc.directives?.docStart || doc.directives?.yaml.explicit)) {
    problems.push(
      errorAt(
        file.at(directive.index, directive[0].length),
        'yaml-directive',
        `the directive ${directive[0]} is not allowed`,
        'delete the directive line (and the --- after it); ztdeck always reads YAML 1.2',
      ),
    );
  }
  // The parser flags duplicates (uniqueKeys; every key a string); the walk that says where the first one is runs only then.
  const duplicates = doc.errors.some((e) => e.code === 'DUPLICATE_KEY') ? duplicateKeys(file) : [];
  problems.push(...duplicates);
  // After the first structural error the parser's recovery reports follow-on errors that
  // are noise; keep that first one, and every independent kind.
  let structural = false;
  for (const e of doc.errors) {
    if (e.code === 'DUPLICATE_KEY' && duplicates.length > 0) continue;
    const independent = INDEPENDENT_ERRORS.has(e.code);
    if (!independent && structural) continue;
    if (!independent) structural = true;
    problems.push(fromParserError(file, e));
  }
  for (const w of doc.warnings) problems.push(fromParserError(file, w));
  if (mayHoldReservedKey(text)) problems.push(...reservedKeys(file));
  return problems;
}

/**
 * Whether a key of the text can be a reserved name: only if the name is in the
 * text, or an escape (double quotes) could spell it. Folding a line of a
 * scalar gives a space or a line break, never joins two words; so a file
 * without either needs no walk of its keys.
 */
function mayHoldReservedKey(text: string): boolean {
  return text.includes('\\') || [...RESERVED_NAMES].some((name) => text.includes(name));
}

/** The document's value, aliases expanded within their limit; an empty file is an error. */
function documentValue(file: SourceFile, problems: Problem[]): ParsedYaml {
  const { doc } = file;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return {
      file,
      problems: [
        errorAt(
          file.displayPath,
          'file-empty',
          'the file is empty',
          "add the data it should hold (see the README's data format), or delete the file if it is optional",
        ),
      ],
    };
  }
  try {
    return { file, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems };
  } catch (e) {
    if (!(e instanceof Error && /alias/i.test(e.message))) throw e;
    return {
      file,
      problems: [
        errorAt(
          firstAlias(file),
          'yaml-alias-limit',
          `the aliases in this file expand beyond the limit of ${MAX_ALIAS_COUNT} (an "alias bomb")`,
          'write the values out instead of nesting aliases (*name) inside anchors (&name)',
        ),
      ],
    };
  }
}

const INDEPENDENT_ERRORS = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS', 'TAG_RESOLVE_FAILED']);

const PARSER_CODES: Record<string, { code: ProblemCode; message?: string; hint: string }> = {
  DUPLICATE_KEY: { code: 'yaml-duplicate-key', hint: 'keep one of the two keys' },
  TAB_AS_INDENT: {
    code: 'yaml-tab-indent',
    message: 'a tab is used for indentation',
    hint: 'indent with spaces (two per level); set the editor to insert spaces for tabs',
  },
  MULTIPLE_DOCS: {
    code: 'yaml-multiple-documents',
    message: 'the file holds more than one YAML document',
    hint: 'remove the --- separator; each file holds one document',
  },
  TAG_RESOLVE_FAILED: {
    code: 'yaml-tag',
    hint: 'remove the tag (the word starting with !); ztdeck reads plain text, numbers, lists and mappings',
  },
  BAD_INDENT: {
    code: 'yaml-syntax',
    hint: 'align this line with the other keys or items at the same level (spaces only)',
  },
  MISSING_CHAR: { code: 'yaml-syntax', hint: 'close the quote or bracket, or remove the opening one' },
};

function fromParserError(file: SourceFile, e: YAMLError): Problem {
  const known = PARSER_CODES[e.code];
  let [start, end] = e.pos;
  const quote = e.code === 'MISSING_CHAR' ? /closing (["'])/.exec(e.message)?.[1] : undefined;
  if (quote) {
    // The parser stops at the end of the file; the mistake is the quote that was opened.
    const opened = file.text.lastIndexOf(quote, start - 1);
    if (opened >= 0) [start, end] = [opened, opened + 1];
  }
  let message = known?.message ?? e.message.replace(/\s+at line \d+, column \d+[\s\S]*$/, '');
  if (quote) message = `the quote ${quote} opened here is never closed`;
  if (e.code === 'TAG_RESOLVE_FAILED') message = `the tag ${tagText(file.text, start)} is not allowed`;
  message = message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, '');
  return errorAt(
    file.at(start, end - start),
    known?.code ?? 'yaml-syntax',
    message,
    known?.hint ?? 'check the indentation, quotes and colons on this line and the one above',
  );
}

function tagText(text: string, offset: number): string {
  const m = /![^\s,\]}]*/.exec(text.slice(offset));
  return m ? m[0] : 'here';
}

function duplicateKeys(file: SourceFile): Problem[] {
  const problems: Problem[] = [];
  visit(file.doc, {
    Map(_, map) {
      const seen = new Map<string, Node>();
      for (const pair of map.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, pair.key);
          continue;
        }
        const firstLine = file.at(first.range?.[0] ?? 0).line;
        const range = pair.key.range ?? [0, 1];
        problems.push(
          errorAt(
            file.at(range[0], range[1] - range[0]),
            'yaml-duplicate-key',
            `the key "${key}" appears twice in this mapping (first on line ${firstLine})`,
            'keep one of the two; YAML would silently keep only the last',
          ),
        );
      }
    },
  });
  return problems;
}

function reservedKeys(file: SourceFile): Problem[] {
  const problems: Problem[] = [];
  visit(file.doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !RESERVED_NAMES.has(String(pair.key.value))) return;
      const range = pair.key.range ?? [0, 1];
      problems.push(
        errorAt(
          file.at(range[0], range[1] - range[0]),
          'yaml-reserved-key',
          `the key "${String(pair.key.value)}" is reserved`,
          'rename or remove it; ztdeck refuses keys that could change how objects behave',
        ),
      );
    },
  });
  return problems;
}

function firstAlias(file: SourceFile) {
  let offset = 0;
  visit(file.doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return file.at(offset, 1);
}
