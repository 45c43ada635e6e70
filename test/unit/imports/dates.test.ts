import { describe, expect, it } from 'vitest';
import { parseStamp, periodEnd, reduceToPeriods } from '../../../src/imports/dates.js';

describe('timestamps to dates', () => {
  it('takes the UTC date of a Z stamp, fractions of any length included', () => {
    expect(parseStamp('2026-11-15T06:12:40Z')).toEqual({
      date: '2026-11-15',
      instant: Date.UTC(2026, 10, 15, 6, 12, 40),
    });
    expect(parseStamp('2026-11-14T09:15:58.1665846Z')?.instant).toBe(Date.UTC(2026, 10, 14, 9, 15, 58, 167));
    expect(parseStamp('2026-11-15T23:59:59Z')?.date).toBe('2026-11-15');
  });
  it("takes the date in the stamp's own offset for local times (not the UTC date)", () => {
    // 07:30 in Sydney is still the 14th in UTC: the assessment ran on the 15th where it ran.
    expect(parseStamp('2026-11-15T07:30:00.417305+10:00')).toEqual({
      date: '2026-11-15',
      instant: Date.UTC(2026, 10, 14, 21, 30, 0, 417),
    });
    expect(parseStamp('2026-11-15T23:30:00-05:00')).toEqual({
      date: '2026-11-15',
      instant: Date.UTC(2026, 10, 16, 4, 30),
    });
  });
  it('reads a stamp without offset (Intune CSV) as UTC', () => {
    expect(parseStamp('2026-11-14 07:01:22.0000000')).toEqual({
      date: '2026-11-14',
      instant: Date.UTC(2026, 10, 14, 7, 1, 22),
    });
  });
  it("reads Windows PowerShell 5.1's /Date(ms)/, with or without an offset", () => {
    expect(parseStamp('/Date(1794723160000)/')).toEqual({ date: '2026-11-15', instant: 1794723160000 });
    // 2026-11-15T23:30Z written with +0200: the 16th in that offset
    expect(parseStamp('/Date(1794785400000+0200)/')?.date).toBe('2026-11-16');
  });
  it('refuses an offset no clock shows, and reads every real one up to ±14:00', () => {
    for (const s of [
      '2026-11-15T10:00:00-99:99',
      '2026-11-15T10:00:00+24:00',
      '2026-11-15T10:00:00+14:30',
      '2026-11-15T10:00:00-15:00',
      '2026-11-15T10:00:00+05:60',
      '2026-11-15T10:00:00+0599',
      '/Date(1794723160000-9999)/',
      '/Date(1794723160000+1500)/',
    ])
      expect(parseStamp(s), s).toBeUndefined();
    expect(parseStamp('2026-11-15T10:00:00+14:00')?.instant).toBe(Date.UTC(2026, 10, 14, 20));
    expect(parseStamp('2026-11-15T10:00:00-12:00')?.instant).toBe(Date.UTC(2026, 10, 15, 22));
    expect(parseStamp('2026-11-15T10:00:00+0545')?.instant).toBe(Date.UTC(2026, 10, 15, 4, 15));
    expect(parseStamp('2026-11-15T10:00:00-09:30')?.date).toBe('2026-11-15');
    expect(parseStamp('/Date(1794785400000-1400)/')?.date).toBe('2026-11-15');
  });
  it('refuses what is not a real date and time', () => {
    for (const s of ['2026-02-30T00:00:00Z', '15/11/2026', '2026-11-15T25:00:00Z', 'yesterday', '/Date(abc)/', ''])
      expect(parseStamp(s), s).toBeUndefined();
  });
});

describe('periods', () => {
  it('ends months on their last day and weeks on Sunday', () => {
    expect(periodEnd('2026-02-10', 'month')).toBe('2026-02-28');
    expect(periodEnd('2028-02-10', 'month')).toBe('2028-02-29');
    expect(periodEnd('2026-11-16', 'week')).toBe('2026-11-22'); // a Monday
    expect(periodEnd('2026-11-22', 'week')).toBe('2026-11-22'); // a Sunday
    expect(periodEnd('2026-12-30', 'week')).toBe('2027-01-03');
    expect(periodEnd('2026-11-16', 'day')).toBe('2026-11-16');
  });
  it("keeps the last point on or before each period's end, with its own date", () => {
    const points = ['2026-09-29', '2026-09-30', '2026-10-15', '2026-10-31', '2026-11-14', '2026-11-15'].map(
      (date, i) => ({ date, i }),
    );
    expect(reduceToPeriods(points, 'month').map((p) => p.date)).toEqual(['2026-09-30', '2026-10-31', '2026-11-15']);
    expect(reduceToPeriods(points, 'week').map((p) => p.date)).toEqual([
      '2026-09-30',
      '2026-10-15',
      '2026-10-31',
      '2026-11-15',
    ]);
  });
});
