import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import type { CliIo } from '../../../src/cli/io.js';
import { validFixture } from '../../helpers/program.js';

function fakeIo(env: Record<string, string> = {}, errIsTTY = false): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    env,
    errIsTTY,
    out: (t: string) => {
      io.stdout += t;
    },
    err: (t: string) => {
      io.stderr += t;
    },
  };
  return io;
}

describe('main(argv)', () => {
  it('returns the exit code instead of exiting', async () => {
    const io = fakeIo();
    expect(await main(['validate', validFixture('minimal')], io)).toBe(0);
    expect(io.stderr).toContain('is valid');
    expect(io.stdout).toBe('');
  });
  it('returns 2 for usage errors', async () => {
    const io = fakeIo();
    expect(await main(['nope'], io)).toBe(2);
    expect(io.stderr).toContain("unknown command 'nope'");
  });
  it('colors only on a terminal without NO_COLOR', async () => {
    const tty = fakeIo({}, true);
    await main(['validate', 'does-not-exist'], tty);
    expect(tty.stderr).toContain('\u001b[31merror');
    const noColor = fakeIo({ NO_COLOR: '1' }, true);
    await main(['validate', 'does-not-exist'], noColor);
    expect(noColor.stderr).not.toContain('\u001b[');
  });
});

describe('a bug', () => {
  it('prints its stack and exits 70', async () => {
    vi.resetModules();
    vi.doMock('../../../src/pipeline/validate.js', () => ({
      validateFolder: () => {
        throw new TypeError('boom');
      },
      catalogsFor: () => undefined,
    }));
    const { main: mockedMain } = await import('../../../src/cli/main.js');
    const io = fakeIo();
    expect(await mockedMain(['validate'], io)).toBe(70);
    expect(io.stderr).toContain('internal error');
    expect(io.stderr).toContain('TypeError: boom');
    vi.doUnmock('../../../src/pipeline/validate.js');
  });
});
