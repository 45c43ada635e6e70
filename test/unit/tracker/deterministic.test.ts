import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deterministicZip } from '../../../src/pipeline/tracker-export.js';
import { programAndLook } from '../../../src/pipeline/tracker-look.js';
import { trackerWorkbook } from '../../../src/tracker/export-workbook.js';
import { repoRoot } from '../../helpers/cli.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('the tracker workbook', () => {
  it('has the same bytes for the same data, whatever the clock says', async () => {
    const { data, look } = await programAndLook(path.join(repoRoot, 'data'));
    const at = async (clock: string) => {
      vi.useFakeTimers({ now: new Date(clock), toFake: ['Date'] });
      const raw = await trackerWorkbook(data, look);
      vi.useRealTimers();
      return { raw: Buffer.from(raw), fixed: Buffer.from(deterministicZip(raw, data.program.reporting.date)) };
    };
    const [a, b] = [await at('2030-01-01T10:00:00Z'), await at('2031-06-15T23:59:58Z')];
    // exceljs dates the zip by the clock: the raw bytes differ, the rewritten ones do not.
    expect(a.raw.equals(b.raw)).toBe(false);
    expect(a.fixed.equals(b.fixed)).toBe(true);
  });
});
