import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { statusSchema } from '../../../src/schema/status.js';

describe('the CLI parses with zod without compiling schemas', () => {
  it("turns zod's compiled object parsers off once its setup is loaded", async () => {
    await import('../../../src/schema/zod-setup.js');
    expect(z.config().jitless).toBe(true);
  });

  it('gives the same values and issues without them', () => {
    const schema = z.strictObject({ status: statusSchema, owner: z.string().optional() });
    expect(schema.parse({ status: 'complete', owner: 'Ana' })).toEqual({ status: 'complete', owner: 'Ana' });
    const issues = schema.safeParse({ status: 'done', extra: 1 }).error?.issues ?? [];
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_value', 'status'],
      ['unrecognized_keys', ''],
    ]);
  });
});
