import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FINGERPRINT_BYTES, fingerprint } from '../../../../src/cli/watch/fingerprint.js';

const root = mkdtempSync(path.join(tmpdir(), 'ztdeck-fingerprint-'));
const data = path.join(root, 'data');
mkdirSync(data);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('fingerprint (what build --watch compares a change on)', () => {
  it('is the bytes of a regular file inside the folder, links inside followed', async () => {
    writeFileSync(path.join(data, 'a.yaml'), 'a: 1\n');
    symlinkSync('a.yaml', path.join(data, 'b.yaml'));
    const a = await fingerprint(path.join(data, 'a.yaml'), data);
    expect(a).toMatch(/^[0-9a-f]{40}$/);
    expect(await fingerprint(path.join(data, 'b.yaml'), data)).toBe(a);
    writeFileSync(path.join(data, 'a.yaml'), 'a: 2\n');
    expect(await fingerprint(path.join(data, 'a.yaml'), data)).not.toBe(a);
    expect(await fingerprint(path.join(data, 'gone.yaml'), data)).toBe('missing');
  });

  it('never opens a pipe, a device or a file outside the folder, and reads no file past the cap', async () => {
    execFileSync('mkfifo', [path.join(data, 'fifo.yaml')]);
    symlinkSync('/dev/zero', path.join(data, 'zero.yaml'));
    writeFileSync(path.join(root, 'outside.yaml'), 'secret: 1\n');
    symlinkSync('../outside.yaml', path.join(data, 'out.yaml'));
    writeFileSync(path.join(data, 'big.yaml'), Buffer.alloc(FINGERPRINT_BYTES + 1, 0x61));
    // Each is described by what stat says (opening the FIFO would block this test for good).
    expect(await fingerprint(path.join(data, 'fifo.yaml'), data)).toMatch(/^special \d+:\d+ 0 /);
    expect(await fingerprint(path.join(data, 'zero.yaml'), data)).toMatch(/^special /);
    expect(await fingerprint(path.join(data, 'out.yaml'), data)).toMatch(/^file \d+:\d+ 10 /);
    expect(await fingerprint(path.join(data, 'big.yaml'), data)).toMatch(
      new RegExp(`^file \\d+:\\d+ ${FINGERPRINT_BYTES + 1} `),
    );
  });

  it('is a folder by its identity and names', async () => {
    const before = await fingerprint(data, data);
    expect(before).toMatch(/^folder \d+:\d+ /);
    writeFileSync(path.join(data, 'new.yaml'), 'n: 1\n');
    expect(await fingerprint(data, data)).not.toBe(before);
  });
});
