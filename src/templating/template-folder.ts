import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { decodeText, MAX_YAML_BYTES } from '../data/decode-text.js';
import { readInside, RefusedFile } from '../data/read-inside.js';
import { readYaml, unreadable, type YamlFile } from '../data/read-yaml-file.js';
import { displayPath } from '../problems/display-path.js';
import type { Problem } from '../problems/problem.js';

/** Largest text template (a note, a partial, a report): far above any real one, far below a memory problem. */
export const MAX_TEXT_BYTES = 256 * 1024;

/** A text template's source and the path that error messages show. */
export interface TemplateText {
  file: string;
  source: string;
}

/**
 * The files of one template folder, read the only way a template's files are
 * read: inside the folder (links that stay inside are followed, links that
 * leave it are refused), regular files only, with a size cap checked before
 * reading. A template may come from a third party, so every refusal is a
 * problem naming the file, and no file's content is ever echoed.
 */
export class TemplateFolder {
  constructor(
    readonly dir: string,
    private readonly problems: Problem[],
  ) {}

  shown(rel: string): string {
    return displayPath(path.join(this.dir, rel));
  }

  /** A YAML file; an optional one that does not exist is undefined, without a problem. */
  async yaml(rel: string, required: boolean): Promise<YamlFile | undefined> {
    let missing = false;
    const r = await readYaml(
      async () => {
        try {
          return await readInside(this.dir, rel, MAX_YAML_BYTES);
        } catch (e) {
          missing = e instanceof RefusedFile && e.kind === 'missing';
          throw e;
        }
      },
      path.join(this.dir, rel),
      this.shown(rel),
    );
    if (missing && !required) return undefined;
    this.problems.push(...r.problems);
    return r.yaml;
  }

  /** A text template; undefined when it does not exist (the template may inherit it). */
  async text(rel: string): Promise<TemplateText | undefined> {
    try {
      const decoded = decodeText(await readInside(this.dir, rel, MAX_TEXT_BYTES), this.shown(rel));
      this.problems.push(...decoded.problems);
      return decoded.text === undefined || decoded.problems.length > 0
        ? undefined
        : { file: this.shown(rel), source: decoded.text };
    } catch (e) {
      if (e instanceof RefusedFile && e.kind === 'missing') return undefined;
      this.problems.push({
        ...unreadable(e, this.shown(rel)),
        ...(e instanceof RefusedFile && e.kind === 'too-large'
          ? { hint: 'split the text into partials, or shorten it' }
          : {}),
      });
      return undefined;
    }
  }

  /** Names of the files in a sub-folder with an extension (links included: reading them says what is wrong). */
  async names(relDir: string, extension: string): Promise<string[]> {
    const entries = await readdir(path.join(this.dir, relDir), { withFileTypes: true }).catch(() => []);
    return entries
      .filter((e) => !e.isDirectory() && e.name.endsWith(extension))
      .map((e) => e.name)
      .sort();
  }

  /** The bytes of an asset the template names (its logo), or the refusal's words. */
  async asset(
    written: string,
    maxBytes: number,
  ): Promise<{ ok: true; bytes: Buffer; file: string } | { ok: false; reason: string; hint: string }> {
    const inside = 'use a path relative to the template folder, such as assets/logo.png, to a file inside it';
    const refused = writtenPathRefusal(written);
    if (refused) return { ok: false, reason: refused, hint: inside };
    try {
      return { ok: true, bytes: await readInside(this.dir, written, maxBytes), file: this.shown(written) };
    } catch (e) {
      if (!(e instanceof RefusedFile)) throw e;
      const reason = {
        missing: `"${written}" does not exist in the template folder`,
        outside: `"${written}" is a link to a file outside the template folder`,
        'not-a-file': `"${written}" is not a regular file`,
        'too-large': `"${written}": ${e.message}`,
      }[e.kind];
      const hint = {
        missing: 'check the file name and its case',
        outside: 'copy the file into the template folder instead of linking to it',
        'not-a-file': inside,
        'too-large': 'use a smaller file',
      }[e.kind];
      return { ok: false, reason, hint };
    }
  }
}

/** What makes a path written in a template unacceptable before the disk is even asked: URLs, absolute paths, "..". */
export function writtenPathRefusal(written: string): string | undefined {
  if (path.isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written) || written.startsWith('\\\\')) {
    return `"${written}" is an absolute path`;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('//')) {
    return `"${written}" is a URL; templates may only use their own files`;
  }
  if (written.split(/[\\/]/).includes('..')) return `"${written}" goes out of the template folder ("..")`;
  if (written.includes('\0')) return 'the path holds a NUL character';
  if (written.trim() === '') return 'the path is empty';
  return undefined;
}
