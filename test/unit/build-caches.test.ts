import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtinCatalogCache, builtinCatalogDir } from '../../src/paths.js';
import { catalogSchema } from '../../src/schema/catalog.js';

/** npm run build writes the built-in catalogs as checked data; it must be what checking the YAML gives. */
describe('the built-in catalog cache', () => {
  it('holds exactly the checked YAML of each built-in catalog, under the hash of its text', () => {
    expect(existsSync(builtinCatalogCache), 'run npm run build first').toBe(true);
    const entries = JSON.parse(readFileSync(builtinCatalogCache, 'utf8')) as {
      file: string;
      sha256: string;
      data: unknown;
    }[];
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      const text = readFileSync(path.join(builtinCatalogDir, e.file));
      expect(e.sha256).toBe(createHash('sha256').update(text).digest('hex'));
      const checked = catalogSchema.parse(parse(text.toString('utf8')));
      expect(e.data).toEqual(JSON.parse(JSON.stringify(checked)));
    }
  });
});

describe("the shipped templates' precompiled texts", () => {
  it('are what compiling the texts gives now', async () => {
    const { precompiledTexts } = await import('../../src/paths.js');
    const { precompiled } = await import('../../src/templating/sandbox.js');
    const { loadTemplate } = await import('../../src/templating/load-template.js');
    const { Wording } = await import('../../src/templating/wording.js');
    const shipped = JSON.parse(readFileSync(precompiledTexts, 'utf8')) as Record<string, string>;
    const before = precompiled.specs;
    precompiled.specs = new Map();
    precompiled.record = true;
    try {
      for (const name of ['default', 'dark']) {
        const { template } = await loadTemplate(name);
        if (template) new Wording(template).checkAll();
      }
      expect(Object.fromEntries(precompiled.specs)).toEqual(shipped);
    } finally {
      precompiled.specs = before;
      precompiled.record = false;
    }
  });
});
