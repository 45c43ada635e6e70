import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf } from '../../../../src/output/office/convert-pdf.js';
import { findOffice } from '../../../../src/output/office/find-office.js';
import { normalisePdf } from '../../../../src/output/office/normalise-pdf.js';
import { createOfficeLock, oneAtATime, shareOfficeLock } from '../../../../src/output/office/one-at-a-time.js';
import { runProcess } from '../../../../src/output/office/run-process.js';
import { isUserError } from '../../../../src/problems/user-error.js';

const onPosix = process.platform !== 'win32';
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ztdeck-office-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Whether a process runs: one killed but not yet reaped by its new parent is a zombie (Z), not running. */
async function alive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat !== undefined) return !/^\d+ \(.*\) Z/.test(stat);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function script(name: string, body: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

/** A PDF tail as LibreOffice writes it: the time of the conversion, an id and a checksum made from it. */
const pdfAt = (stamp: string, id: string, sum: string) =>
  Buffer.from(
    `%PDF-1.6\n1 0 obj\n<</Title<FEFF005A>/CreationDate(D:${stamp}Z')>>\nendobj\nxref\n0 2\ntrailer\n<</Size 2/ID [ <${id}>\n<${id}> ]\n/DocChecksum /${sum}\n>>\nstartxref\n9\n%%EOF\n`,
    'latin1',
  );

describe('normalisePdf', () => {
  it('gives two conversions of one deck the same bytes, of the same length (the offsets stay right)', () => {
    const deck = Buffer.from('the deck');
    const a = pdfAt('20261206234325', '16DF1959BDB403414D69B28A5352FA28', 'D39A34C1858D73A3B4EF61DBF4DE999C');
    const b = pdfAt('20270101120000', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB');
    const [na, nb] = [normalisePdf(a, deck, '2026-11-20'), normalisePdf(b, deck, '2026-11-20')];
    expect(na.equals(nb)).toBe(true);
    expect(na.length).toBe(a.length);
    expect(na.toString('latin1')).toContain('/CreationDate(D:20261120000000Z');
    expect(na.toString('latin1')).not.toContain('16DF1959');
  });
  it('gives another deck another id', () => {
    const a = pdfAt('20261206234325', '16DF1959BDB403414D69B28A5352FA28', 'D39A34C1858D73A3B4EF61DBF4DE999C');
    const one = normalisePdf(a, Buffer.from('one'), '2026-11-20');
    const two = normalisePdf(a, Buffer.from('two'), '2026-11-20');
    expect(one.equals(two)).toBe(false);
  });
});

describe('oneAtATime', () => {
  it('runs the conversions of a thread one after another', async () => {
    let running = 0;
    let most = 0;
    const work = async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
    };
    await Promise.all([oneAtATime(work), oneAtATime(work), oneAtATime(work).then(() => 'done')]);
    expect(most).toBe(1);
  });
  it('waits while another thread holds the shared lock', async () => {
    const lock = createOfficeLock();
    const flag = new Int32Array(lock);
    shareOfficeLock(lock);
    try {
      Atomics.store(flag, 0, 1); // another worker converting
      let ran = false;
      const run = oneAtATime(async () => {
        ran = true;
        return Atomics.load(flag, 0);
      });
      await new Promise((r) => setTimeout(r, 50));
      expect(ran).toBe(false);
      Atomics.store(flag, 0, 0);
      Atomics.notify(flag, 0);
      expect(await run).toBe(1); // it holds the lock while it runs
      expect(Atomics.load(flag, 0)).toBe(0); // and gives it back
    } finally {
      shareOfficeLock(undefined);
    }
  });
});

describe.skipIf(!onPosix)('LibreOffice that hangs or fails', () => {
  it('kills a program at the time limit, with what it started', async () => {
    const pidFile = path.join(dir, 'child.pid');
    const slow = await script('slow', `sleep 30 &\necho $! > "${pidFile}"\necho converting\nwait`);
    const started = Date.now();
    const run = await runProcess(slow, [], { timeoutMs: 500 });
    expect(run.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.output).toContain('converting');
    const child = Number(await readFile(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 100));
    expect(await alive(child)).toBe(false);
  });
  it('reports a conversion that fails with what LibreOffice printed, as a user error', async () => {
    const failing = await script('soffice-fails', 'echo "Error: source file could not be loaded" >&2\nexit 1');
    const before = process.env.ZTDECK_SOFFICE;
    process.env.ZTDECK_SOFFICE = failing;
    try {
      const request = { deck: Buffer.from('x'), name: 'deck', reportingDate: '2026-11-20', timeoutSeconds: 5 };
      const error: unknown = await convertToPdf(request).catch((e: unknown) => e);
      expect(isUserError(error)).toBe(true);
      expect(error).toMatchObject({ kind: 'output', problems: [{ code: 'office-failed' }] });
      expect(String((error as Error).message)).toContain('source file could not be loaded');
    } finally {
      if (before === undefined) delete process.env.ZTDECK_SOFFICE;
      else process.env.ZTDECK_SOFFICE = before;
    }
  });
  it('converts again only when the bytes of the deck changed (build --watch)', async () => {
    const count = path.join(dir, 'conversions');
    // A soffice that writes a PDF into --outdir and counts its runs.
    const fake = await script(
      'soffice-counts',
      'while [ "$1" != "--outdir" ]; do shift; done\necho run >> "' + count + '"\nmkdir -p "$2"\nprintf "%%PDF-1.4 fake" > "$2/$(basename "$3" .pptx).pdf"',
    );
    const before = process.env.ZTDECK_SOFFICE;
    process.env.ZTDECK_SOFFICE = fake;
    try {
      const request = { deck: Buffer.from('deck one'), name: 'deck', reportingDate: '2026-11-20', timeoutSeconds: 5 };
      const first = await convertToPdf(request);
      expect(first.toString('latin1')).toBe('%PDF-1.4 fake');
      await convertToPdf({ ...request, deck: Buffer.from('deck one') });
      expect((await readFile(count, 'utf8')).split('\n').filter(Boolean)).toHaveLength(1);
      await convertToPdf({ ...request, deck: Buffer.from('deck two') });
      expect((await readFile(count, 'utf8')).split('\n').filter(Boolean)).toHaveLength(2);
    } finally {
      if (before === undefined) delete process.env.ZTDECK_SOFFICE;
      else process.env.ZTDECK_SOFFICE = before;
    }
  });
  it('finds no LibreOffice when ZTDECK_SOFFICE names a file that is not there, nor on an empty PATH', () => {
    expect(findOffice({ ZTDECK_SOFFICE: path.join(dir, 'absent'), PATH: '' })).toBeUndefined();
    expect(findOffice({ PATH: dir })).toBeUndefined();
  });
});
