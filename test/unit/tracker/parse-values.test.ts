import { describe, expect, it } from 'vitest';
import { statusIds, statuses, type Status } from '../../../src/schema/status.js';
import type { TrackerLook } from '../../../src/tracker/columns.js';
import {
  parseDate,
  parsePercent,
  parseReason,
  parseStage,
  parseStatus,
  serialDate,
} from '../../../src/tracker/parse-values.js';

const labels = Object.fromEntries(statusIds.map((s) => [s, statuses[s].label])) as Record<Status, string>;
const look: TrackerLook = {
  locale: 'en-GB',
  dateFormat: 'd mmm yyyy',
  statusLabels: { ...labels, 'in-progress': 'Under way' },
  statusColors: Object.fromEntries(statusIds.map((s) => [s, '000000'])) as Record<Status, string>,
  otherLabels: [{ ...labels, 'in-progress': 'En cours', complete: 'Terminé' }],
  reasonLabels: { scope: 'Outside the scope of the business', licensing: 'Not licensed', capacity: 'x', other: 'y' },
};
const value = <T>(p: { ok: true; value: T } | { ok: false; why: string }) => (p.ok ? p.value : `! ${p.why}`);

describe('parseStatus', () => {
  it('reads the template wording, another wording, the built-in label and the id, in any case and spacing', () => {
    for (const typed of ['Under way', '  under   WAY ', 'En cours', 'in progress', 'In-Progress', 'IN PROGRESS'])
      expect(value(parseStatus(typed, look)), typed).toBe('in-progress');
    expect(value(parseStatus('terminé', look))).toBe('complete');
  });
  it('names the template wording when it cannot read a status', () => {
    expect(value(parseStatus('Donee', look))).toBe(
      '! "Donee" is not a status; use one of Not started, Under way, At risk, Blocked, Complete, Not applicable',
    );
  });
});

describe('parseDate', () => {
  it('reads a spreadsheet date, a serial in both date systems, ISO and the locale', () => {
    expect(value(parseDate(new Date('2027-01-29T00:00:00Z'), 'en-GB', false))).toBe('2027-01-29');
    expect(value(parseDate(46416, 'en-GB', false))).toBe('2027-01-29');
    expect(value(parseDate(46416 - 1462, 'en-GB', true))).toBe('2027-01-29');
    expect(serialDate(45000.999, false)).toBe('2023-03-15');
    for (const typed of ['2027-01-29', '2027-1-29', '29/01/2027', '29 Jan 2027', '29 January 2027', '29.01.2027'])
      expect(value(parseDate(typed, 'en-GB', false)), typed).toBe('2027-01-29');
    expect(value(parseDate('01/29/2027', 'en-US', false))).toBe('2027-01-29');
    expect(value(parseDate('Jan 29, 2027', 'en-US', false))).toBe('2027-01-29');
  });
  it('refuses what is not a real date', () => {
    for (const typed of ['31/02/2027', 'soon', '2027-13-01', '1/2'])
      expect(value(parseDate(typed, 'en-GB', false)), typed).toMatch(/^! .* is not a date/);
  });
});

describe('parsePercent', () => {
  it('reads 40, 0.4, "40 %", "40%" and "0,4" as 40', () => {
    for (const typed of [40, 0.4, '40 %', '40%', '40', '0,4', ' 40 % '])
      expect(value(parsePercent(typed)), String(typed)).toBe(40);
    expect(value(parsePercent(0))).toBe(0);
    expect(value(parsePercent(100))).toBe(100);
  });
  it('refuses what is not a percentage from 0 to 100', () => {
    for (const typed of [140, -5, 'half', '%']) expect(value(parsePercent(typed)), String(typed)).toMatch(/^! /);
  });
});

describe('parseReason and parseStage', () => {
  it('reads a reason by its label or id, and a stage as a number or "Stage n"', () => {
    expect(value(parseReason('not LICENSED', look))).toBe('licensing');
    expect(value(parseReason('scope', look))).toBe('scope');
    expect(value(parseReason('because', look))).toMatch(/^! "because" is not a reason/);
    expect(value(parseStage('Stage 3', 4))).toBe(3);
    expect(value(parseStage(2, 4))).toBe(2);
    expect(value(parseStage(9, 4))).toMatch(/^! "9" is not a stage; write a number from 1 to 4/);
  });
});
