import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../../src/index.js';
import { makeProgram } from '../../helpers/make-program.js';
import { openDeck, texts } from '../../helpers/pptx.js';

describe('a KPI headline uses the width it has before it cuts', () => {
  it('shows a value with a long unit whole, beside its status, and warns of nothing', async () => {
    const kpis = {
      remediation: {
        title: 'Mittlere Zeit bis zur Behebung',
        unit: 'Stunden bis zur Behebung',
        direction: 'lower',
        target: 24,
        series: { '2026-10-31': 41, '2026-11-15': 38 },
      },
      contain: {
        title: 'Mean time to contain',
        unit: 'hours per incident',
        direction: 'lower',
        target: 4,
        series: { '2026-11-15': 5.2 },
      },
    };
    const result = await build(makeProgram({ kpis }), {
      outDir: mkdtempSync(path.join(tmpdir(), 'ztdeck-kpi-')),
      formats: ['pptx'],
    });
    const deck = await openDeck(result.files.find((f) => f.path.endsWith('.pptx'))?.content as Uint8Array);
    const slide = deck.slides.find((s) => /^Key performance indicators/.test(s.title));
    const words = texts(slide?.xml ?? '');
    expect(words).toContain('38 Stunden bis zur Behebung');
    expect(words).toContain('5.2 hours per incident');
    expect(words.filter((t) => t.endsWith('…'))).toEqual([]);
    // The status and the trend are still beside it.
    expect(words.join(' ')).toMatch(/Off target[\s\S]*target 24 Stunden bis zur Behebung/);
    expect(result.warnings.filter((w) => /value of KPI/.test(w.message))).toEqual([]);
  });
});
