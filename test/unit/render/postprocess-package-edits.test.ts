import { describe, expect, it } from 'vitest';
import { readContentTypes } from '../../../src/ooxml/content-types.js';
import { Parts } from '../../../src/ooxml/parts.js';
import { readRelationships } from '../../../src/ooxml/relationships.js';
import { fixContentTypes } from '../../../src/render/pptx/postprocess/fixes.js';
import { shareIdenticalMedia } from '../../../src/render/pptx/postprocess/media.js';

// The post-processing edits .rels parts and [Content_Types].xml through the OOXML package
// layer, which reads each element's attributes as XML writes them: in any order, either quote.
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPES = (body: string) =>
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/>${body}</Types>`;
const RELS = (body: string) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;

describe('the package edits of the post-processing', () => {
  it('drops the override of a part that does not exist, whatever the order of its attributes', () => {
    const parts = Parts.of([
      ['ppt/slides/slide1.xml', '<p:sld/>'],
      [
        '[Content_Types].xml',
        TYPES(
          `<Override PartName="/ppt/slides/slide1.xml" ContentType="slide"/>` +
            `<Override ContentType="master" PartName="/ppt/slideMasters/slideMaster2.xml"/>` +
            `<Override PartName='/ppt/slideMasters/slideMaster3.xml' ContentType='master'/>`,
        ),
      ],
    ]);
    fixContentTypes(parts);
    const typeOf = readContentTypes(parts.text('[Content_Types].xml') ?? '');
    expect(typeOf('ppt/slides/slide1.xml')).toBe('slide');
    expect(typeOf('ppt/slideMasters/slideMaster2.xml')).toBeUndefined();
    expect(typeOf('ppt/slideMasters/slideMaster3.xml')).toBeUndefined();
  });

  it('points a relationship at the one copy of a picture kept, whatever its quotes and attribute order', () => {
    const png = new Uint8Array([137, 80, 78, 71, 1]);
    const parts = Parts.of([
      ['ppt/media/image-1.png', png],
      ['ppt/media/image-2.png', png],
      ['ppt/slideLayouts/slideLayout1.xml', '<p:sldLayout/>'],
      [
        'ppt/slideLayouts/_rels/slideLayout1.xml.rels',
        RELS(
          `<Relationship Target='../media/image-2.png' Type='${R}/image' Id='rId1'/>` +
            `<Relationship Id="rId2" Target="https://example.com/media/image-2.png" TargetMode="External" Type="${R}/hyperlink"/>`,
        ),
      ],
      ['[Content_Types].xml', TYPES(`<Override ContentType="image/png" PartName="/ppt/media/image-2.png"/>`)],
    ]);
    shareIdenticalMedia(parts);
    expect(parts.has('ppt/media/image-2.png')).toBe(false);
    const rels = readRelationships(parts.text('ppt/slideLayouts/_rels/slideLayout1.xml.rels') ?? '');
    expect(rels.map((r) => r.target)).toEqual(['../media/image-1.png', 'https://example.com/media/image-2.png']);
    expect(parts.text('[Content_Types].xml')).not.toContain('image-2.png');
  });
});
