import path from 'node:path';
import { requireOffice } from '../output/office/find-office.js';
import type { Sink, SinkInputs } from './sink.js';
import { deckOnce } from './deck-once.js';

/** A slide preview: its file name and bytes, and its size. */
export interface Preview {
  name: string;
  png: Buffer;
  width: number;
  height: number;
}

const pdfs = new WeakMap<SinkInputs, Promise<Buffer>>();
const previewSets = new WeakMap<SinkInputs, Promise<Preview[]>>();

/** The PDF of the build's deck, converted once for the pdf and previews outputs. */
export function pdfOnce(i: SinkInputs): Promise<Buffer> {
  let pdf = pdfs.get(i);
  if (!pdf) {
    pdf = (async () => {
      const deck = await deckOnce(i);
      const { convertToPdf } = await import('../output/office/convert-pdf.js');
      return convertToPdf({
        deck: deck.buffer,
        name: i.deckName.replace(/\.pptx$/, ''),
        reportingDate: i.model.reportingDate,
        timeoutSeconds: i.template.pdf.timeoutSeconds,
      });
    })();
    pdfs.set(i, pdf);
  }
  return pdf;
}

/** The previews of the build's deck, drawn once for the previews output and report.html. */
export function previewsOnce(i: SinkInputs): Promise<Preview[]> {
  let set = previewSets.get(i);
  if (!set) {
    set = (async () => {
      const pdf = await pdfOnce(i);
      const { rasterise, previewName } = await import('../output/office/rasterise.js');
      const pngs = await rasterise(pdf, i.template.pdf.previewWidth, i.template.pdf.timeoutSeconds);
      return pngs.map((png, n) => ({
        name: previewName(n, pngs.length),
        png,
        width: png.readUInt32BE(16),
        height: png.readUInt32BE(20),
      }));
    })();
    previewSets.set(i, set);
  }
  return set;
}

/** The deck's warnings and counts, when no pptx output reports them. */
async function deckReport(i: SinkInputs) {
  if (i.formats.includes('pptx')) return {};
  const deck = await deckOnce(i);
  return { warnings: deck.warnings, slides: deck.slides, charts: deck.charts };
}

export const pdfSink: Sink = {
  description: 'the deck as a PDF, <organization>-<date>.pdf (needs LibreOffice)',
  texts: { deck: true },
  drawsPngs: (template) => template.theme.charts === 'images',
  needs: () => void requireOffice(['pdf']),
  async make(i) {
    const pdf = await pdfOnce(i);
    return { files: [{ path: i.out(i.deckName.replace(/\.pptx$/, '.pdf')), content: pdf }], ...(await deckReport(i)) };
  },
};

export const previewsSink: Sink = {
  description: 'one PNG per slide in previews/ (needs LibreOffice and poppler)',
  texts: { deck: true },
  drawsPngs: (template) => template.theme.charts === 'images',
  async needs() {
    requireOffice(['previews']);
    const { requireRasteriser } = await import('../output/office/rasterise.js');
    requireRasteriser();
  },
  async make(i) {
    const previews = await previewsOnce(i);
    const files = previews.map((p) => ({ path: i.out(path.join('previews', p.name)), content: p.png }));
    const report = i.formats.includes('pdf') ? {} : await deckReport(i);
    return { files, folders: [{ path: i.out('previews') }], ...report };
  },
};

/** summary.md's list of the previews, linked: a section after the template's text. */
export function previewList(previews: readonly Preview[]): string {
  if (previews.length === 0) return '';
  const links = previews.map((p, n) => `- [Slide ${n + 1}](previews/${p.name})`);
  return `\n## The deck\n\n${links.join('\n')}\n`;
}
