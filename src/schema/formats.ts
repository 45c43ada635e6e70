import { z } from 'zod';
import type { IssueParams } from './common.js';

/** What `build` can write, in the order outputs are made and listed. */
export const outputFormats = ['pptx', 'pdf', 'previews', 'png', 'html', 'md', 'json'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/**
 * `formats:` in program.yaml or template.yaml: what a build writes when
 * `--format` names nothing (the program's list wins over the template's).
 */
export const formatsSchema = z
  .array(z.enum(outputFormats))
  .min(1)
  .max(outputFormats.length)
  .superRefine((list, ctx) => {
    list.forEach((f, i) => {
      if (list.indexOf(f) !== i)
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `the format ${f} is listed twice`,
          params: { code: 'duplicate-id', hint: 'list each format once' } satisfies IssueParams,
        });
    });
  })
  .meta({ uniqueItems: true })
  .describe(
    `What a build writes when --format names nothing: any of ${outputFormats.join(', ')} (pdf and previews need LibreOffice)`,
  );
