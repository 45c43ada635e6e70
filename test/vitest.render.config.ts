import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The LibreOffice render of the layout matrix (npm run test:render): slow, and needs LibreOffice. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/layout/render.test.ts', 'test/layout/tracker-calc.test.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 300_000,
  },
});
