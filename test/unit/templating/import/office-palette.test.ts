import { describe, expect, it } from 'vitest';
import { OFFICE_PALETTES, stockPalette } from '../../../../src/templating/import/office-palette.js';

const office2013 = OFFICE_PALETTES['Office 2013–2022'];
const office2007 = OFFICE_PALETTES['Office 2007–2010'];

describe('stockPalette', () => {
  it("recognises Office's 2007 palette, as LibreOffice writes it into every file", () => {
    expect(stockPalette({ ...office2007 })).toEqual({ name: 'Office 2007–2010', matches: 12, changed: [] });
  });
  it('recognises the 2013 palette with accent1 and accent5 swapped (10 of 12)', () => {
    const swapped = { ...office2013, accent1: office2013.accent5, accent5: office2013.accent1 };
    expect(stockPalette(swapped)).toEqual({ name: 'Office 2013–2022', matches: 10, changed: ['accent1', 'accent5'] });
  });
  it('recognises it with two slots of the brand (the Microsoft Graph training deck)', () => {
    expect(stockPalette({ ...office2013, accent1: '42145F', accent5: 'E09AD5' })?.changed).toEqual([
      'accent1',
      'accent5',
    ]);
  });
  it('reads case-insensitively', () => {
    expect(stockPalette({ ...office2013, dk2: '44546a' })?.matches).toBe(12);
  });
  it('is not the stock palette with three slots changed, or a palette of its own', () => {
    expect(stockPalette({ ...office2013, accent1: '42145F', accent2: 'E09AD5', accent3: '111111' })).toBeUndefined();
    expect(stockPalette({ dk1: '4C4F69', lt1: '4C4F69', accent1: '1E66F5' })).toBeUndefined();
  });
  it('counts a missing slot as changed', () => {
    const { hlink: _, folHlink: __, ...ten } = office2013;
    expect(stockPalette(ten)?.matches).toBe(10);
    const { dk2: ___, ...nine } = ten;
    expect(stockPalette(nine)).toBeUndefined();
  });
});
