// Preloaded with `node --import` by the module-load tests: records every module
// the process loads (ES modules through a resolve hook, CommonJS from the
// require cache) in the file named by ZTDECK_MODULE_LOG.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.ZTDECK_MODULE_LOG;
if (log) {
  register('./record-modules-hooks.mjs', { parentURL: import.meta.url, data: { log } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => appendFileSync(log, `${Object.keys(require.cache).join('\n')}\n`));
}
