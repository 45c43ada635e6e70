import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../src/schema/template.js';
import { themeSchema } from '../../../src/schema/template.js';
import { brandWarnings } from '../../../src/templating/brand-check.js';
import { colourDifference, contrastRatio, MIN_DISTINCT } from '../../../src/templating/contrast.js';
import { allSlots, CONTRAST_CHECKS, failuresOf } from '../../../src/templating/contrast-roles.js';
import { changeNote, fitColours } from '../../../src/templating/fit-colours.js';
import { loadTemplate } from '../../../src/templating/load-template.js';

const load = async (name: string) => (await loadTemplate(name)).template?.theme as Theme;
const base = await load('default');
const dark = await load('dark');
const withColors = (colors: Partial<Theme['colors']>): Theme => ({ ...base, colors: { ...base.colors, ...colors } });
const nowhere = () => undefined;

describe('the contrast registry', () => {
  it('names every colour of the theme schema', () => {
    const keys = Object.keys((themeSchema.shape.colors as unknown as { shape: object }).shape).sort();
    expect(Object.keys(CONTRAST_CHECKS).sort()).toEqual(keys);
  });
  it('finds no failing pair in the shipped templates', async () => {
    for (const theme of [base, dark]) {
      expect(allSlots(theme.colors).flatMap((s) => failuresOf(theme.colors, s))).toEqual([]);
      expect(brandWarnings(theme, nowhere)).toEqual([]);
    }
  });
  it('checks text on the table fills it is written on', () => {
    const pale = withColors({ risk: { ...base.colors.risk, high: '3F3F46' } });
    const [failure] = failuresOf(pale.colors, {
      key: 'risk',
      name: 'risk.high',
      path: ['risk', 'high'],
      value: '3F3F46',
    });
    expect(failure?.against.name).toBe('text');
    expect(failure?.need).toBe('text');
  });
});

describe('brandWarnings', () => {
  it('warns once per colour, worst pair first, located, with the nearest passing shade', () => {
    const located: (string | number)[][][] = [];
    const problems = brandWarnings(withColors({ muted: '9CA3AF' }), (paths) => {
      located.push([...paths]);
      return { file: 'templates/acme/theme.yaml', line: 3, column: 10 };
    });
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p?.code).toBe('template-contrast');
    expect(p?.severity).toBe('warning');
    expect(p?.message).toBe(
      'colors.muted 9CA3AF on colors.state_fill.in-progress DBEAFE has a contrast of 2.0:1; state words in the glance table need 4.5:1 (and 5 more pairs)',
    );
    // The hinted shade suits the page and every fill muted text is written on; the fills stay as they are.
    const shade = /"([0-9A-F]{6})" is the nearest shade/.exec(p?.hint ?? '')?.[1] ?? '';
    for (const fill of ['FFFFFF', 'F3F4F6', 'DBEAFE', 'DCFCE7'])
      expect(contrastRatio(shade, fill)).toBeGreaterThanOrEqual(4.5);
    expect(p?.location).toEqual({ file: 'templates/acme/theme.yaml', line: 3, column: 10 });
    expect(located[0]).toEqual([['muted'], ['state_fill', 'in-progress']]);
  });
  it('keeps the stage warning: a stage that looks like a status', () => {
    const problems = brandWarnings(withColors({ stages: ['16803C', '701A75', 'C026D3', 'BE185D'] }), nowhere);
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      [
        'template-colors',
        'the colour of stage 1 (16803C) looks like the colour of the status complete, so a reader may take one for the other',
      ],
    ]);
  });
  it('warns about every text colour when the background changes', () => {
    const codes = brandWarnings(withColors({ background: '1F2937' }), nowhere).map((p) => p.message.split(' ')[0]);
    expect(codes).toEqual(
      expect.arrayContaining(['colors.text', 'colors.muted', 'colors.accent', 'colors.status.blocked']),
    );
  });
});

describe('fitColours', () => {
  it('moves a failing colour to its nearest passing shade and says why', () => {
    const { colors, changes, unfixed } = fitColours(withColors({ accent: '1E90FF', on_accent: 'FFFFFF' }).colors);
    expect(unfixed).toEqual([]);
    expect(changes.map(changeNote)).toEqual([
      `accent 1E90FF → ${colors.accent}: 3.2:1 on background FFFFFF; kickers, headings and KPI values need 4.5:1`,
    ]);
    expect(contrastRatio(colors.accent, 'FFFFFF')).toBeGreaterThanOrEqual(4.5);
  });
  it('fixes text written on its own background colour (a theme whose dk1 is its lt1)', () => {
    const { colors, changes } = fitColours(withColors({ text: '4C4F69', background: '4C4F69' }).colors);
    expect(changes[0]?.slot.name).toBe('text');
    expect(contrastRatio(colors.text, colors.background)).toBeGreaterThanOrEqual(4.5);
    expect(colors.background).toBe('4C4F69');
  });
  it('keeps stages apart from the status colours while it fixes their contrast', () => {
    const { colors, changes } = fitColours(withColors({ stages: ['70AD47', 'FFC000', '4472C4', '7030A0'] }).colors);
    for (const stage of colors.stages) {
      expect(contrastRatio(stage, colors.background)).toBeGreaterThanOrEqual(3);
      for (const status of Object.values(colors.status))
        expect(colourDifference(stage, status)).toBeGreaterThanOrEqual(MIN_DISTINCT);
    }
    expect(changes.map((c) => c.slot.name)).toEqual(expect.arrayContaining(['stages[0]', 'stages[1]']));
  });
  it('leaves the shipped templates as they are', () => {
    expect(fitColours(base.colors).changes).toEqual([]);
    expect(fitColours(dark.colors).changes).toEqual([]);
  });
});
