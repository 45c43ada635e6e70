// The floor: a Node process that loads pptxgenjs and writes a deck with as many
// slides and native charts as the example's, with no data, validation or
// drawing. ztdeck's full build is measured against it.
//   node test/bench/floor.mjs <slides> <charts> <out.pptx>
import { writeFileSync } from 'node:fs';
import PptxGenJS from 'pptxgenjs';

const [slides, charts, out] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];
const pptx = new PptxGenJS();
pptx.layout = 'LAYOUT_WIDE';
for (let i = 0; i < slides; i++) {
  const slide = pptx.addSlide();
  slide.addText(`Slide ${i + 1}`, { x: 0.5, y: 0.3, w: 12, h: 0.8, fontSize: 26 });
  if (i < charts)
    slide.addChart('bar', [{ name: 'Series', labels: ['A', 'B', 'C', 'D'], values: [1, 2, 3, 4] }], {
      x: 1,
      y: 1.5,
      w: 8,
      h: 5,
    });
}
writeFileSync(out, await pptx.write({ outputType: 'nodebuffer', compression: true }));
process.stderr.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
