import { watch, type FSWatcher } from 'node:fs';
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
 * change of the folder's entry, which a watch of the file would miss.
 */
export class FolderWatcher {
  private readonly watchers = new Map<string, { watcher: FSWatcher; folder: WatchedFolder }>();

  constructor(private readonly onChange: (file: string, kind: ChangeKind) => void) {}

  /** Watches exactly these folders from now on (those that exist): new ones are opened, others closed. */
  set(folders: readonly WatchedFolder[]): void {
    const wanted = new Map(folders.map((f) => [path.resolve(f.dir), f]));
    for (const [dir, w] of this.watchers) {
      const next = wanted.get(dir);
      if (next) w.folder = next;
      else this.unwatch(dir);
    }
    for (const [dir, folder] of wanted) if (!this.watchers.has(dir)) this.open(dir, folder);
  }

  /** The folders watched now. */
  folders(): string[] {
    return [...this.watchers.keys()];
  }

  close(): void {
    for (const dir of [...this.watchers.keys()]) this.unwatch(dir);
  }

  private open(dir: string, folder: WatchedFolder): void {
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, { persistent: true }, (_event, name) => {
        const entry = this.watchers.get(dir);
        if (!entry) return;
        // Without a name (some platforms), anything in the folder may have changed.
        if (name === null) return this.onChange(dir, entry.folder.kind);
        const kind = entry.folder.kindOf(name.toString());
        if (kind) this.onChange(path.join(dir, name.toString()), kind);
      });
    } catch {
      return; // gone, or not a folder: the next set() tries again
    }
    // A folder removed while watched: counted as a change of it, and opened again if it comes back.
    watcher.on('error', () => {
      const kind = this.watchers.get(dir)?.folder.kind ?? folder.kind;
      this.unwatch(dir);
      this.onChange(dir, kind);
    });
    this.watchers.set(dir, { watcher, folder });
  }

  private unwatch(dir: string): void {
    this.watchers.get(dir)?.watcher.close();
    this.watchers.delete(dir);
  }
}
