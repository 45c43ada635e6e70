import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/problems/problem.js';
import { MAX_TEXT_BYTES, TemplateFolder, writtenPathRefusal } from '../../../src/templating/template-folder.js';

function folder(files: Record<string, string>): { folder: TemplateFolder; problems: Problem[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-folder-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    if (content.startsWith('link:')) symlinkSync(content.slice(5), path.join(dir, rel));
    else writeFileSync(path.join(dir, rel), content);
  }
  const problems: Problem[] = [];
  return { folder: new TemplateFolder(dir, problems), problems };
}

describe('TemplateFolder', () => {
  it('reads a text, and says nothing of one that does not exist (a parent may have it)', async () => {
    const { folder: f, problems } = folder({ 'text/notes/title.hbs': 'Hello' });
    expect((await f.text('text/notes/title.hbs'))?.source).toBe('Hello');
    expect(await f.text('text/notes/glance.hbs')).toBeUndefined();
    expect(problems).toEqual([]);
  });
  it('follows a link inside, refuses one outside, by name', async () => {
    const { folder: f, problems } = folder({
      'a.hbs': 'A',
      'inside.hbs': 'link:a.hbs',
      'outside.hbs': 'link:/etc/hostname',
    });
    expect((await f.text('inside.hbs'))?.source).toBe('A');
    expect(await f.text('outside.hbs')).toBeUndefined();
    expect(problems).toMatchObject([
      {
        code: 'unsafe-file',
        message: 'the file is a link that leads out of its folder',
        location: { file: expect.stringContaining('outside.hbs') },
      },
    ]);
  });
  it('refuses a text over the cap instead of cutting it', async () => {
    const { folder: f, problems } = folder({ 'big.hbs': 'x'.repeat(MAX_TEXT_BYTES + 1) });
    expect(await f.text('big.hbs')).toBeUndefined();
    expect(problems[0]?.code).toBe('file-too-large');
  });
  it('refuses a text with a control character, located', async () => {
    const { folder: f, problems } = folder({ 'bad.hbs': 'ok\nnot\u000bok' });
    expect(await f.text('bad.hbs')).toBeUndefined();
    expect(problems[0]).toMatchObject({ code: 'control-character', location: { line: 2, column: 4 } });
  });
  it('lists links and odd entries too, so none is skipped silently', async () => {
    const { folder: f } = folder({
      'text/partials/a.hbs': 'a',
      'text/partials/b.hbs': 'link:/nowhere',
      'text/partials/c.txt': 'c',
    });
    expect(await f.names('text/partials', '.hbs')).toEqual(['a.hbs', 'b.hbs']);
  });
  it.each([
    ['https://x.example/logo.png', 'is a URL'],
    ['/etc/hostname', 'is an absolute path'],
    ['C:\\logo.png', 'is an absolute path'],
    ['assets/../../x.png', 'goes out of the template folder'],
    ['a\0b', 'NUL'],
  ])('refuses the written path %j before asking the disk', (written, reason) => {
    expect(writtenPathRefusal(written)).toContain(reason);
  });
});
