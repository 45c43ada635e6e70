import type { CliIo } from './io.js';

/** One status line on the terminal, rewritten in place; only used when stderr is a terminal. */
export function progressLine(io: CliIo): { show(text: string): void; clear(): void } {
  let shown = false;
  return {
    show(text: string) {
      io.err(`\r\u001b[2K${text}`);
      shown = true;
    },
    clear() {
      if (shown) io.err('\r\u001b[2K');
      shown = false;
    },
  };
}
