import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../problems/display-path.js';
import { userError, type ErrorKind } from '../problems/user-error.js';

/** A folder a set owns whole (the charts/ of a build): the new folder replaces the old one. */
export interface OwnedFolder {
  /** Absolute path of the folder. */
  path: string;
  /**
   * The names an earlier ztdeck, which kept no list, wrote there: a folder
   * without a list that holds only such files (no subfolder) is taken as
   * ztdeck's. Without it, such a folder must be empty to be replaced.
   */
  earlierNames?: RegExp;
}

/** The list of the files ztdeck wrote in an owned folder, written into it with them. */
export const OWNED_LIST = '.ztdeck-files.json';
/** Files a file manager adds when a folder is opened in it: nothing of the user's is lost with them. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);
/** Enough names for the message; the walk stops there, however large the folder. */
const SHOWN = 4;

/** The list's content: the files of the set in the folder, relative to it with forward slashes, sorted. */
export function ownedList(files: readonly string[]): string {
  const about =
    'The files ztdeck wrote in this folder. ztdeck replaces the folder whole on its next build, and refuses to when it holds any other file.';
  return `${JSON.stringify({ about, files: [...files].sort() }, null, 2)}\n`;
}

/**
 * Refuses, before anything is written, an owned folder that holds what ztdeck
 * did not write there (a Helm chart's charts/ in a repository built with
 * --out .), or that is a file or a link: replacing it would delete it.
 */
export async function refuseForeign(owned: readonly OwnedFolder[], kind: ErrorKind): Promise<void> {
  for (const folder of owned) {
    const info = await lstat(folder.path).catch(() => undefined);
    if (!info) continue;
    const foreign = info.isDirectory() ? await notWritten(folder) : undefined;
    if (foreign?.length === 0) continue;
    const shown = displayPath(folder.path);
    const what = foreign
      ? `${shown}/ holds what ztdeck did not write: ${foreign.slice(0, SHOWN).join(', ')}${foreign.length > SHOWN ? ' and more' : ''}`
      : `${shown} is ${info.isSymbolicLink() ? 'a link' : 'a file'}, not a folder ztdeck made`;
    throw userError(kind, 'output-foreign', `${what}; nothing was written`, {
      hint: `ztdeck replaces ${path.basename(folder.path)}/ whole on each build: build into another folder (--out), or move this one away`,
      location: { file: shown },
    });
  }
}

/** What in the folder ztdeck did not write: files its list does not name (or, with no list, subfolders and files not named as an earlier ztdeck named them). */
async function notWritten(folder: OwnedFolder): Promise<string[]> {
  const listed = await readList(folder.path);
  const foreign: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (foreign.length > SHOWN) return;
      const rel = path.relative(folder.path, path.join(dir, e.name)).split(path.sep).join('/');
      if (rel === OWNED_LIST || SYSTEM_FILES.has(e.name)) continue;
      if (e.isDirectory() && listed) await walk(path.join(dir, e.name));
      else if (!e.isFile() || !(listed ? listed.has(rel) : folder.earlierNames?.test(rel)))
        foreign.push(e.isDirectory() ? `${rel}/` : rel);
    }
  };
  await walk(folder.path);
  return foreign;
}

/** The names the folder's list gives, or undefined when it has none (or one ztdeck cannot have written). */
async function readList(dir: string): Promise<Set<string> | undefined> {
  try {
    const list = JSON.parse(await readFile(path.join(dir, OWNED_LIST), 'utf8')) as { files?: unknown };
    if (!Array.isArray(list.files) || !list.files.every((f) => typeof f === 'string')) return undefined;
    return new Set(list.files as string[]);
  } catch {
    return undefined;
  }
}
