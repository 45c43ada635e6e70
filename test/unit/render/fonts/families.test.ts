import { describe, expect, it, vi } from 'vitest';
import {
  FAMILIES,
  fontMetrics,
  fontResolver,
  guessClass,
  normalizeFamily,
} from '../../../../src/render/fonts/index.js';

describe('font names', () => {
  it('are read whatever their case, quotes and spacing', () => {
    expect(normalizeFamily('  "Segoe   UI" ')).toBe('segoe ui');
    expect(normalizeFamily("'Times New Roman'")).toBe('times new roman');
    expect(fontMetrics(' CALIBRI ').metrics).toBe(fontMetrics('calibri').metrics);
  });

  it.each([
    ['Calibri', 'Carlito'],
    ['Calibri Light', 'Carlito / DejaVu Sans'],
    ['Arial', 'Liberation Sans'],
    ['Helvetica', 'Liberation Sans'],
    ['Arial Nova', 'Liberation Sans / DejaVu Sans'],
    ['Times New Roman', 'Liberation Serif'],
    ['Cambria', 'Caladea'],
    ['Georgia', 'Gelasio / DejaVu Serif'],
    ['Verdana', 'DejaVu Sans'],
    ['Tahoma', 'DejaVu Sans'],
    ['Segoe UI', 'Liberation Sans / DejaVu Sans'],
    ['Aptos', 'DejaVu Sans'],
    ['Courier New', 'Liberation Mono'],
    ['Consolas', 'DejaVu Sans Mono'],
  ])('%s is measured as %s, with no fallback', (name, measuredAs) => {
    const { metrics, fallback } = fontMetrics(name);
    expect(metrics.measuredAs).toBe(measuredAs);
    expect(fallback).toBeUndefined();
  });

  it('every known name resolves and gives its reason', () => {
    for (const [name, spec] of Object.entries(FAMILIES)) {
      expect(fontMetrics(name).fallback, name).toBeUndefined();
      expect(spec.why.length, name).toBeGreaterThan(5);
    }
  });
});

describe('an unknown font', () => {
  it.each([
    ['Futura PT', 'sans'],
    ['Helvetica Neue', 'sans'],
    ['Source Sans Pro', 'sans'],
    ['PT Serif', 'serif'],
    ['Minion Pro', 'serif'],
    ['Garamond', 'serif'],
    ['Fira Code', 'mono'],
    ['Lucida Console', 'mono'],
    ['IBM Plex Mono', 'mono'],
  ])('%s is guessed %s', (name, fontClass) => {
    expect(guessClass(name)).toBe(fontClass);
    expect(fontMetrics(name).metrics.fontClass).toBe(fontClass);
  });

  it('is measured as the widest known font of its class, and says so', () => {
    const { metrics, fallback } = fontMetrics('Corporate Sans Pro');
    expect(fallback?.assumed).toMatch(/widest known sans-serif font \(Carlito \/ Liberation Sans \/ DejaVu Sans/);
    expect(fallback?.reason).toMatch(/^"Corporate Sans Pro" is not a font ztdeck has metrics for/);
    // Per character at least as wide as every known sans font (Verdana is scaled 1 % past DejaVu Sans).
    for (const known of ['Calibri', 'Arial', 'Tahoma', 'Segoe UI', 'Aptos']) {
      const widths = fontMetrics(known).metrics.regular.bmp;
      expect(
        metrics.regular.bmp.every((w, cp) => w >= (widths[cp] ?? 0)),
        known,
      ).toBe(true);
    }
  });

  it('is reported once per build by a resolver', () => {
    const onFallback = vi.fn();
    const resolve = fontResolver(onFallback);
    resolve('Brand Grotesk');
    resolve('brand  grotesk');
    resolve('Calibri');
    resolve('Brand Serif Display');
    expect(onFallback).toHaveBeenCalledTimes(2);
    expect(onFallback.mock.calls.map(([name]) => name)).toEqual(['Brand Grotesk', 'Brand Serif Display']);
  });
});
