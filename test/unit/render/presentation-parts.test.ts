import { describe, expect, it } from 'vitest';
import { finalizePackage } from '../../../src/render/pptx/postprocess/finalize.js';
import { Parts } from '../../../src/ooxml/parts.js';
import { defaultTemplate } from '../../helpers/program.js';
import { presentationParts, PptxGenJSClass } from '../../../src/render/pptx/pptxgen.js';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A small presentation with text (accented and CJK), a picture, a table and a native chart (with its workbook). */
function presentation() {
  const pptx = new PptxGenJSClass();
  const slide = pptx.addSlide();
  slide.addText('Zoë Lefèvre, 中文 & <tags>', { x: 1, y: 1, w: 6, h: 1 });
  slide.addImage({ data: `image/png;base64,${PNG}`, x: 1, y: 2, w: 1, h: 1 });
  slide.addTable([[{ text: 'a' }, { text: 'b' }]], { x: 1, y: 3, w: 4 });
  slide.addChart('bar', [{ name: 'Series', labels: ['A', 'B'], values: [1, 2] }], { x: 1, y: 4, w: 4, h: 2 });
  return pptx;
}

describe('presentationParts', () => {
  it('gives the parts pptxgenjs zips: the finished deck has the same bytes', async () => {
    const { theme } = await defaultTemplate();
    const options = { date: '2026-11-20', company: 'Alder & Finch', theme };
    const zipped = (await presentation().write({ outputType: 'uint8array' })) as Uint8Array;
    const parts = await presentationParts(presentation());
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['ppt/media/image-1-1.png']));
    expect([...parts.keys()].some((n) => n.endsWith('.xlsx'))).toBe(true);
    const direct = await finalizePackage(Parts.of(parts), options);
    expect(direct.equals(await finalizePackage(zipped, options))).toBe(true);
  });

  it("holds a slide's XML as UTF-8 bytes, the other XML parts as text", async () => {
    const parts = await presentationParts(presentation());
    const slide = parts.get('ppt/slides/slide1.xml');
    expect(slide).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(slide as Uint8Array)).toContain('Zoë Lefèvre, 中文 &amp; &lt;tags&gt;');
    expect(typeof parts.get('ppt/presentation.xml')).toBe('string');
    expect(typeof parts.get('ppt/slides/_rels/slide1.xml.rels')).toBe('string');
  });

  it('leaves pptxgenjs writing zips as before', async () => {
    const zip = (await presentation().write({ outputType: 'uint8array' })) as Uint8Array;
    expect(Buffer.from(zip.subarray(0, 4)).toString('latin1')).toBe('PK\u0003\u0004');
  });
});
