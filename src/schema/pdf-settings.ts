import { z } from 'zod';

/** What a build does when template.yaml sets no pdf: settings. */
export const DEFAULT_PDF_SETTINGS = { timeoutSeconds: 180, previewWidth: 1280 } as const;

export interface PdfSettings {
  timeoutSeconds: number;
  previewWidth: number;
}

/** template.yaml pdf: how the PDF of the deck and its previews are made (--format pdf, previews). */
export const pdfSettingsSchema = z
  .strictObject({
    timeout_seconds: z
      .number()
      .int()
      .min(1)
      .max(3600)
      .optional()
      .describe('How long LibreOffice may take to convert the deck before it is stopped (default 180)'),
    preview_width: z
      .number()
      .int()
      .min(160)
      .max(3840)
      .optional()
      .describe('The width of a slide preview (previews/slide-01.png …) in pixels (default 1280)'),
  })
  .describe('The PDF of the deck and the slide previews, made with LibreOffice');
