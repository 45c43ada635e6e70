import { describe, expect, it } from 'vitest';
import { countAxis } from '../../../src/charts/axis.js';
import { isRtl } from '../../../src/render/bidi.js';
import { fontMetrics } from '../../../src/render/fonts/index.js';
import { layOutFooter } from '../../../src/render/pptx/footer.js';
import { initials, paginate, spread } from '../../../src/render/pptx/slides/common.js';
import { textWidthIn } from '../../../src/render/text-fit.js';

describe('paginate', () => {
  it('keeps one page when everything fits', () => {
    expect(paginate([0.3, 0.3, 0.3], 0.3, 2)).toEqual([[0, 1, 2]]);
  });
  it('spreads 15 equal rows evenly over the pages they need, not 14 + 1', () => {
    const pages = paginate(Array<number>(15).fill(0.35), 0.3, 5.2);
    expect(pages).toHaveLength(2);
    expect(pages.map((p) => p.length).sort()).toEqual([7, 8]);
    expect(pages.flat()).toEqual([...Array(15).keys()]);
  });
  it('never puts more on a page than fits', () => {
    const heights = [0.4, 1.2, 0.3, 0.9, 0.5, 0.5, 1.4, 0.3, 0.3, 0.8, 0.6, 0.2];
    for (const page of paginate(heights, 0.3, 3))
      expect(page.reduce((h, i) => h + (heights[i] ?? 0), 0.3)).toBeLessThanOrEqual(3 + 1e-9);
  });
  it('gives a row taller than a page its own page', () => {
    expect(paginate([0.5, 6, 0.5], 0.3, 5)).toEqual([[0], [1], [2]]);
  });
});

describe('spread', () => {
  it('fills pages evenly: 10 by 9 is 5 + 5, 9 by 4 is 3 + 3 + 3', () => {
    expect(spread([...Array(10).keys()], 9).map((p) => p.length)).toEqual([5, 5]);
    expect(spread([...Array(9).keys()], 4).map((p) => p.length)).toEqual([3, 3, 3]);
    expect(spread([], 9)).toEqual([[]]);
  });
});

describe('initials', () => {
  it('takes whole graphemes and skips brackets and quotes', () => {
    expect(initials('Anna-Lena Müller')).toBe('AM');
    // A nickname in quotes and a role in brackets are not the name (more in initials.test.ts).
    expect(initials('"Bob" (contractor) Smith')).toBe('S');
    expect(initials('🇩🇪 Team')).toBe('🇩🇪T');
    expect(initials('👩‍💻 Dev')).toBe('👩‍💻D');
    expect(initials('ליאור כהן')).toBe('לכ');
    expect(initials('王芳 (Wang Fang)')).toBe('王');
    expect(initials('—')).toBe('?');
  });
});

describe('isRtl', () => {
  it('follows the first strong character', () => {
    expect(isRtl('(Zero Trust) برنامج')).toBe(false);
    expect(isRtl('«12» برنامج (Zero Trust)')).toBe(true);
    expect(isRtl('2026 — שלום')).toBe(true);
    expect(isRtl('123 …')).toBe(false);
  });
});

describe('countAxis', () => {
  it('ticks counts at 1, 2, 5, 10... with at most seven ticks', () => {
    expect(countAxis(3)).toEqual({ min: 0, max: 3, step: 1 });
    expect(countAxis(21)).toEqual({ min: 0, max: 25, step: 5 });
    expect(countAxis(200)).toEqual({ min: 0, max: 200, step: 50 });
    for (const n of [1, 7, 13, 40, 99, 1234]) {
      const a = countAxis(n);
      expect(a.max).toBeGreaterThanOrEqual(n);
      expect(a.max / a.step + 1).toBeLessThanOrEqual(7);
    }
  });
});

describe('layOutFooter', () => {
  const face = { metrics: fontMetrics('Verdana').metrics };
  const footer = (org: string) => `${org} · Zero Trust adoption program · Data as of 20 Nov 2026`;
  const marking = 'VS – NUR FÜR DEN DIENSTGEBRAUCH – Lenkungsausschuss und Revision – intern';
  it('leaves a footer that fits as it is', () => {
    const laid = layOutFooter({
      face,
      footer,
      organization: 'ACME',
      classification: 'Internal',
      left: 0.5,
      right: 12.2,
      height: 0.3,
    });
    expect(laid.footer.text).toBe(footer('ACME'));
    expect(laid.shortened).toBeUndefined();
  });
  it('shortens the organization, never the marking', () => {
    const organization =
      'Bundesanstalt für Logistik, Lagerhaltung und grenzüberschreitende Güterverkehrsinfrastruktur der Region Nord-Ost GmbH';
    const laid = layOutFooter({
      face,
      footer,
      organization,
      classification: marking,
      left: 0.5,
      right: 12.2,
      height: 0.3,
    });
    expect(laid.classification?.text).toBe(marking);
    expect(laid.footer.text).toMatch(/^Bundesanstalt[^·]*… · Zero Trust adoption program · Data as of 20 Nov 2026$/);
    expect(laid.shortened).toMatch(/organization/);
    const c = laid.classification;
    expect(c && laid.footer.x + laid.footer.w <= c.x).toBe(true);
    expect(c && textWidthIn(marking, c.size, { ...face, bold: true })).toBeLessThanOrEqual((c?.w ?? 0) + 1e-9);
  });
  it('keeps the organization (shortened) and the date on a sidebar slide, the marking whole', () => {
    // A sidebar slide's footer runs from the sidebar's edge (3.9 in) to the slide number.
    const program = 'Zero Trust adoption and identity modernisation programme 2026–2028';
    const named = (org: string, name = program) => `${org} · ${name} · Data as of 20 Nov 2026`;
    for (const [organization, classification] of [
      ['Bundesanstalt für Logistik, Lagerhaltung und grenzüberschreitende Güterverkehrsinfrastruktur', marking],
      ['Alder & Finch Logistics', marking],
      ['مجموعة الخليج للخدمات اللوجستية والنقل البحري والتخزين', 'سري – لجنة التوجيه فقط، لا يُعاد توجيهه'],
    ] as const) {
      const laid = layOutFooter({
        face: { metrics: fontMetrics('Calibri').metrics },
        footer: named,
        organization,
        program,
        classification,
        left: 3.9,
        right: 12.23,
        height: 0.3,
      });
      expect(laid.classification?.text).toBe(classification);
      expect(laid.footer.text, organization).toMatch(/ · Data as of 20 Nov 2026$/);
      // The organization keeps some of its name: more than the ellipsis.
      expect(laid.footer.text.split(' · ')[0], organization).toMatch(/^\S{2,}/u);
      const c = laid.classification;
      expect(c && laid.footer.x + laid.footer.w <= c.x).toBe(true);
    }
  });
});
