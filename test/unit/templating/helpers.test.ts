import { describe, expect, it } from 'vitest';
import { Format } from '../../../src/templating/format.js';
import { helperNames, templateHelpers } from '../../../src/templating/helpers.js';

describe('template helpers', () => {
  const h = templateHelpers(new Format('en-GB'));
  it('are exactly the documented ones', () => {
    expect(Object.keys(h).sort()).toEqual([...helperNames].sort());
  });
  it('format in the locale, and answer a wrong type with nothing', () => {
    expect(h.date('2026-11-20', {})).toBe('20 November 2026');
    expect(h.date('2026-11-20', 'short', {})).toBe('20 Nov 2026');
    expect(h.number(1234.56)).toBe('1,234.6');
    expect(h.percent(98.9)).toBe('98.9%');
    expect(h.value(30, 'hours')).toBe('30 hours');
    expect(h.number('12')).toBe('');
    expect(h.date(undefined, {})).toBe('');
  });
  it('write plurals, with an irregular form when given', () => {
    expect(h.plural(1, 'objective', {})).toBe('1 objective');
    expect(h.plural(3, 'objective', {})).toBe('3 objectives');
    expect(h.plural(2, 'person', 'people', {})).toBe('2 people');
  });
});
