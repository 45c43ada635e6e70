import type { BuildResult } from '../pipeline/build.js';
import type { OutputFormat } from '../pipeline/outputs.js';
import { plural } from '../problems/plural.js';

/** What a build made, in words: "deck of 35 slides with 15 charts, 19 chart images, report.html". */
export function builtParts(result: BuildResult, formats: readonly OutputFormat[], redrawn?: number): string {
  const images =
    redrawn === undefined || redrawn === result.images
      ? `${result.images} chart images`
      : `${result.images} chart images (${redrawn} redrawn)`;
  return [
    formats.includes('pptx') ? `deck of ${plural(result.slides, 'slide')} with ${plural(result.charts, 'chart')}` : '',
    formats.includes('pdf') ? 'PDF' : '',
    formats.includes('previews') ? 'slide previews' : '',
    formats.includes('png') ? images : '',
    ...(['html', 'md', 'json'] as const)
      .filter((f) => formats.includes(f))
      .map((f) => ({ html: 'report.html', md: 'summary.md', json: 'summary.json' })[f]),
  ]
    .filter(Boolean)
    .join(', ');
}
