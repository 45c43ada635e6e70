import { statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** What a change is to a build: a data file, a file of the program's own catalogs, or a template file. */
export type ChangeKind = 'data' | 'catalog' | 'template';

export interface WatchedFolder {
  dir: string;
  /** What a change of a file (or folder) of this name, directly in `dir`, is; undefined when it does not count. */
  kindOf(name: string): ChangeKind | undefined;
  /** What a change of the folder itself (removed, or a change without a name) is. */
  kind: ChangeKind;
}

/**
 * Watches folders, each on its own (fs.watch without `recursive`, which Node 20
 * emulates on Linux by walking and holding every folder itself): an editor that
 * saves by writing a new file and renaming it over the old one is seen as a
 * change of the folder's entry, which a watch of the file would miss. A folder
 * asked for that does not exist (removed, or not made yet) is waited for: the
 * nearest folder above it that exists is watched in its stead, and the folder
 * is opened, and reported as a change, when it appears.
 */
export class FolderWatcher {
  private readonly watchers = new Map<string, { watcher: FSWatcher; folder: WatchedFolder; id: string }>();
  /** The folders asked for, open or not (one that does not exist yet is opened when it appears). */
  private wanted = new Map<string, WatchedFolder>();
  /** Folders above missing wanted ones, watched for them to appear (by folder, with its identity). */
  private readonly standIns = new Map<string, { watcher: FSWatcher; id: string }>();
  private closed = false;

  constructor(private readonly onChange: (file: string, kind: ChangeKind) => void) {}

  /** Watches exactly these folders from now on (those that exist): new ones are opened, others closed. */
  set(folders: readonly WatchedFolder[]): void {
    if (this.closed) return;
    this.wanted = new Map(folders.map((f) => [path.resolve(f.dir), f]));
    for (const dir of [...this.watchers.keys()]) if (!this.wanted.has(dir)) this.unwatch(dir);
    for (const dir of this.wanted.keys()) this.check(dir);
    this.syncStandIns();
  }

  /** The folders watched now. */
  folders(): string[] {
    return [...this.watchers.keys()];
  }

  /** The folders watched in the stead of missing ones. */
  waitingIn(): string[] {
    return [...this.standIns.keys()];
  }

  /** Stops watching for good: a later set() opens nothing. */
  close(): void {
    this.closed = true;
    for (const dir of [...this.watchers.keys()]) this.unwatch(dir);
    for (const { watcher } of this.standIns.values()) watcher.close();
    this.standIns.clear();
  }

  /** The missing wanted folders that exist now are opened and reported; the stand-ins follow. */
  private revive(): void {
    for (const [dir, folder] of this.wanted)
      if (!this.watchers.has(dir) && !this.closed && this.check(dir)) this.onChange(dir, folder.kind);
    this.syncStandIns();
  }

  /**
   * Watches the nearest existing folder above each missing wanted one (itself
   * replaced when it is removed), and nothing else: the root always exists, so
   * a watch that waits always holds the process.
   */
  private syncStandIns(): void {
    const needed = new Map<string, string>();
    if (!this.closed)
      for (const dir of this.wanted.keys()) {
        if (this.watchers.has(dir)) continue;
        const above = nearestFolder(path.dirname(dir));
        if (above) needed.set(above.dir, above.id);
      }
    for (const [dir, entry] of [...this.standIns])
      if (needed.get(dir) !== entry.id) {
        entry.watcher.close();
        this.standIns.delete(dir);
      }
    for (const [dir, id] of needed) {
      if (this.standIns.has(dir)) continue;
      try {
        const watcher = watch(dir, { persistent: true }, () => this.revive());
        watcher.on('error', () => this.revive());
        this.standIns.set(dir, { watcher, id });
      } catch {
        // gone meanwhile: the next event or set() tries again
      }
    }
  }

  /**
   * Opens, reopens or closes the watch of a wanted folder to match the disk: a
   * folder removed and made again (a git checkout, an unzip) is another folder,
   * whose changes the old watch never sees (Linux reports no error for it).
   * True when the folder is not the one watched before.
   */
  private check(dir: string): boolean {
    const id = identity(dir);
    const entry = this.watchers.get(dir);
    const folder = this.wanted.get(dir);
    if (entry && folder) entry.folder = folder;
    if (entry?.id === id) return false;
    if (entry) this.unwatch(dir);
    if (folder && id !== undefined && !this.closed) this.open(dir, folder, id);
    return entry !== undefined || id !== undefined;
  }

  private open(dir: string, folder: WatchedFolder, id: string): void {
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, { persistent: true }, (_event, name) => {
        const entry = this.watchers.get(dir);
        if (!entry) return;
        // Without a name (some platforms), anything in the folder may have changed.
        if (name === null) return this.onChange(dir, entry.folder.kind);
        const file = path.join(dir, name.toString());
        // A watched folder inside this one, or this one itself, replaced or removed.
        const inner = this.wanted.get(file);
        if (inner && this.check(file)) this.onChange(file, inner.kind);
        if (name.toString() === path.basename(dir) && this.check(dir)) this.onChange(dir, entry.folder.kind);
        if (inner || !this.watchers.has(dir)) this.syncStandIns();
        const kind = entry.folder.kindOf(name.toString());
        if (kind) this.onChange(file, kind);
      });
    } catch {
      return; // gone, or not a folder: the next set() or event tries again
    }
    watcher.on('error', () => {
      if (this.check(dir)) this.onChange(dir, folder.kind);
      this.syncStandIns();
    });
    this.watchers.set(dir, { watcher, folder, id });
  }

  private unwatch(dir: string): void {
    this.watchers.get(dir)?.watcher.close();
    this.watchers.delete(dir);
  }
}

/** The folder itself or the nearest one above it that exists, with its identity. */
function nearestFolder(dir: string): { dir: string; id: string } | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const id = identity(d);
    if (id !== undefined) return { dir: d, id };
    if (path.dirname(d) === d) return undefined;
  }
}

/** Which folder a path is now (device and inode), or undefined when it is not a folder. */
function identity(dir: string): string | undefined {
  try {
    const st = statSync(dir);
    return st.isDirectory() ? `${st.dev}:${st.ino}` : undefined;
  } catch {
    return undefined;
  }
}
