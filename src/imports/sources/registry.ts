import type { Importer, SourceId } from '../types.js';
import { defenderCloud } from './defender-cloud.js';
import { entraAuthMethods } from './entra.js';
import { intune } from './intune.js';
import { maester } from './maester.js';
import { mde } from './mde.js';
import { scubagear } from './scubagear.js';
import { secureScore } from './secure-score.js';
import { zta } from './zta.js';

/** Every source `ztdeck import` reads: a new tool does not compile until it is listed here. */
export const importers = {
  'secure-score': secureScore,
  zta,
  intune,
  'entra-auth-methods': entraAuthMethods,
  'defender-cloud': defenderCloud,
  maester,
  scubagear,
  mde,
} as const satisfies Record<SourceId, Importer>;
