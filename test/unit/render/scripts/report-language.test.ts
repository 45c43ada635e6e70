import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../../../src/index.js';
import { fixturesDir } from '../../../helpers/cli.js';

/** report.html's <html> element, built from a script fixture (test/fixtures/scripts) on its own template or another. */
async function htmlElement(program: string, template?: string): Promise<string> {
  const result = await build(path.join(fixturesDir, 'scripts', 'programs', program), {
    outDir: mkdtempSync(path.join(tmpdir(), 'ztdeck-report-language-')),
    formats: ['html'],
    ...(template ? { template } : {}),
  });
  const html = result.files.find((f) => f.path.endsWith('report.html'))?.content.toString() ?? '';
  return /<html\b[^>]*>/.exec(html)?.[0] ?? '';
}

describe("report.html is in the program's language", () => {
  it('marks a right-to-left program right to left', async () => {
    expect(await htmlElement('arabic')).toBe('<html lang="ar-SA" dir="rtl">');
    expect(await htmlElement('hebrew')).toBe('<html lang="he-IL" dir="rtl">');
  });

  it("takes the program's language over the template's locale", async () => {
    // The default template is in English (en-GB): the page is still Arabic, or Japanese.
    expect(await htmlElement('arabic', 'default')).toBe('<html lang="ar-SA" dir="rtl">');
    expect(await htmlElement('japanese', 'default')).toBe('<html lang="ja-JP">');
  });

  it("is in the template's locale when the program sets no language", async () => {
    expect(await htmlElement('mixed')).toBe('<html lang="en-GB">');
  });
});
