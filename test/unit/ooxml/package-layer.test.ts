import { describe, expect, it } from 'vitest';
import { partText, relationships, targets } from '../../../src/ooxml/package-read.js';
import { partOfRels, relativeTarget, relsOf, resolveTarget } from '../../../src/ooxml/part-name.js';
import { internalRelationships, readRelationships, relsXml } from '../../../src/ooxml/relationships.js';
import { escapeXml, unescapeXml } from '../../../src/ooxml/xml-text.js';

const enc = (s: string) => new TextEncoder().encode(s);
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('the OOXML package layer', () => {
  it('reads back the relationships it writes, escaped text included', () => {
    const written = [
      { id: 'rId1', type: `${R}/slideLayout`, target: '../slideLayouts/slideLayout1.xml' },
      { id: 'rId2', type: `${R}/image`, target: `../media/a&b'<"c>.png` },
    ];
    expect(internalRelationships(relsXml(written))).toEqual(written);
    expect(readRelationships(relsXml(written)).map((r) => r.external)).toEqual([false, false]);
  });

  it('names the part of a relationships part, the inverse of relsOf', () => {
    for (const part of ['ppt/slides/slide1.xml', 'ppt/presentation.xml', '[Content_Types].xml'])
      expect(partOfRels(relsOf(part))).toBe(part);
    expect(partOfRels('_rels/.rels')).toBe('');
  });

  it('resolves a relative target and writes it back relative', () => {
    const from = 'ppt/slideLayouts/slideLayout2.xml';
    const to = resolveTarget(from, '../media/image1.png');
    expect(to).toBe('ppt/media/image1.png');
    expect(relativeTarget(from, to ?? '')).toBe('../media/image1.png');
    expect(relativeTarget('ppt/slides/slide1.xml', 'ppt/slides/slide2.xml')).toBe('slide2.xml');
  });

  it('follows the relationships of a part read from a package, external links left out of its targets', () => {
    const parts = new Map([
      ['ppt/slides/slide1.xml', enc('<p:sld/>')],
      [
        'ppt/slides/_rels/slide1.xml.rels',
        enc(
          `<Relationships xmlns="x"><Relationship Id="rId1" Type="${R}/image" Target="../media/i.png"/>` +
            `<Relationship Id="rId2" Type="${R}/hyperlink" Target="https://example.com" TargetMode="External"/></Relationships>`,
        ),
      ],
    ]);
    expect(partText(parts, 'ppt/slides/slide1.xml')).toBe('<p:sld/>');
    expect(relationships(parts, 'ppt/slides/slide1.xml').map((r) => r.external)).toEqual([false, true]);
    expect(targets(parts, 'ppt/slides/slide1.xml')).toEqual(['ppt/media/i.png']);
    expect(targets(parts, 'ppt/slides/slide1.xml', /\/hyperlink$/)).toEqual([]);
  });

  it('escapes the five XML entities and unescapes them and character references', () => {
    const text = `a&b<c>d"e'f`;
    expect(escapeXml(text)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(unescapeXml(escapeXml(text))).toBe(text);
    expect(unescapeXml('&#x41;&#66;&#1;')).toBe('AB&#1;');
  });
});
