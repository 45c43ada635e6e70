import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderWatcher, type ChangeKind, type WatchedFolder } from '../../../../src/cli/watch/folder-watcher.js';

/** Real folders and real fs.watch events: each expectation waits (up to a few seconds) for the event it needs. */
function setUp() {
  const root = mkdtempSync(path.join(tmpdir(), 'ztdeck-watcher-'));
  const inner = path.join(root, 'catalogs');
  mkdirSync(inner);
  writeFileSync(path.join(inner, 'acme.yaml'), 'id: acme\n');
  const events: [string, ChangeKind][] = [];
  const watcher = new FolderWatcher((file, kind) => events.push([file, kind]));
  const folders: WatchedFolder[] = [
    { dir: root, kind: 'data', kindOf: (n) => (n === 'catalogs' ? 'catalog' : undefined) },
    { dir: inner, kind: 'catalog', kindOf: () => 'catalog' },
  ];
  return { root, inner, events, watcher, folders };
}

async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
}

describe('FolderWatcher', () => {
  it('opens nothing once closed, so a build that ends after Ctrl-C does not keep the process alive', () => {
    const { watcher, folders, root } = setUp();
    watcher.close();
    watcher.set(folders);
    expect(watcher.folders()).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });

  it('watches a folder that was removed and made again (a git checkout), and reports the change', async () => {
    const { watcher, folders, inner, root, events } = setUp();
    watcher.set(folders);
    expect(watcher.folders().sort()).toEqual([root, inner].sort());
    // Moved away and copied back: another folder at the same path.
    renameSync(inner, `${inner}.old`);
    cpSync(`${inner}.old`, inner, { recursive: true });
    await until(() => events.some(([f, k]) => f === inner && k === 'catalog'));
    expect(events.some(([f, k]) => f === inner && k === 'catalog')).toBe(true);
    events.length = 0;
    // A change inside the new folder is seen.
    writeFileSync(path.join(inner, 'acme.yaml'), 'id: acme\ntitle: changed\n');
    await until(() => events.some(([f]) => f === path.join(inner, 'acme.yaml')));
    expect(events.some(([f]) => f === path.join(inner, 'acme.yaml'))).toBe(true);
    watcher.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('waits in the folder above for a watched folder that is removed, and watches it again when it comes back', async () => {
    const { watcher, folders, inner, root, events } = setUp();
    const parent = path.dirname(root);
    watcher.set(folders);
    rmSync(root, { recursive: true, force: true });
    await until(() => watcher.folders().length === 0 && watcher.waitingIn().includes(parent));
    expect(watcher.folders()).toEqual([]);
    expect(watcher.waitingIn()).toEqual([parent]);
    events.length = 0;
    // Made again, with its inner folder: both are watched again, and each comes as a change.
    mkdirSync(inner, { recursive: true });
    await until(() => events.some(([f]) => f === root) && events.some(([f]) => f === inner));
    expect(events).toContainEqual([root, 'data']);
    expect(events).toContainEqual([inner, 'catalog']);
    expect(watcher.folders().sort()).toEqual([root, inner].sort());
    expect(watcher.waitingIn()).toEqual([]);
    writeFileSync(path.join(inner, 'acme.yaml'), 'id: acme\n');
    await until(() => events.some(([f]) => f === path.join(inner, 'acme.yaml')));
    expect(events).toContainEqual([path.join(inner, 'acme.yaml'), 'catalog']);
    watcher.close();
    expect(watcher.waitingIn()).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });

  it('opens a folder that does not exist yet when it appears, however deep', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ztdeck-watcher-'));
    const deep = path.join(root, 'a', 'b');
    const events: string[] = [];
    const watcher = new FolderWatcher((file) => events.push(file));
    watcher.set([{ dir: deep, kind: 'template', kindOf: () => 'template' }]);
    expect(watcher.waitingIn()).toEqual([root]);
    mkdirSync(path.join(root, 'a'));
    await until(() => watcher.waitingIn().includes(path.join(root, 'a')));
    expect(watcher.waitingIn()).toEqual([path.join(root, 'a')]);
    mkdirSync(deep);
    await until(() => events.includes(deep));
    expect(watcher.folders()).toEqual([deep]);
    writeFileSync(path.join(deep, 'theme.yaml'), 'x: 1\n');
    await until(() => events.includes(path.join(deep, 'theme.yaml')));
    expect(events).toContain(path.join(deep, 'theme.yaml'));
    watcher.close();
    rmSync(root, { recursive: true, force: true });
  });
});
