import { z } from 'zod';
import { text } from './common.js';

/**
 * master.yaml: the corporate slide master a template draws its decks on (a
 * .potx in the template folder, written by `ztdeck template import`) and the
 * layout each kind of slide uses, by the layout's name as PowerPoint shows it.
 */
export const masterFileSchema = z.strictObject({
  file: z
    .string()
    .min(1)
    .max(300)
    .default('master.potx')
    .describe('The .potx file in the template folder that holds the slide masters and layouts'),
  layouts: z
    .strictObject({
      title: text(120).optional().describe('Layout of the title slide (default: the layout of type title)'),
      content: text(120)
        .optional()
        .describe(
          'Layout of content slides (default: Title Only, else Title and Content, else any layout with a title)',
        ),
      sidebar: text(120).optional().describe('Layout of the stakeholder slides (default: the content layout)'),
    })
    .default({})
    .describe('The layout each kind of slide uses, by name'),
});

export type MasterFile = z.infer<typeof masterFileSchema>;
