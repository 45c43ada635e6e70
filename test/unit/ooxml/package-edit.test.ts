import { describe, expect, it } from 'vitest';
import { addContentTypes, editContentTypes, readContentTypes, typesXml } from '../../../src/ooxml/content-types.js';
import { Parts } from '../../../src/ooxml/parts.js';
import { editRelationships, readRelationships, relsXml } from '../../../src/ooxml/relationships.js';
import { attr, withAttr } from '../../../src/ooxml/xml-text.js';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS = (body: string) =>
  `<?xml version="1.0"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;

describe('editing a .rels part through the package layer', () => {
  const xml = RELS(
    `<Relationship Id="rId1" Type="${R}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>` +
      `<Relationship Target='../media/a.png' Id="rId2" Type="${R}/image" />` +
      `<Relationship Id="rId3" Type="${R}/hyperlink" Target="https://example.com/slideLayout" TargetMode="External"/>`,
  );

  it('keeps every byte when nothing changes', () => {
    expect(editRelationships(xml, (r) => r)).toBe(xml);
  });

  it('rewrites only the attribute that changes, escaped, wherever it stands in the tag', () => {
    const out = editRelationships(xml, (r) => (r.id === 'rId2' ? { ...r, target: '../media/b&c.png' } : r));
    expect(out).toBe(xml.replace(`Target='../media/a.png'`, 'Target="../media/b&amp;c.png"'));
    expect(readRelationships(out).map((r) => r.target)).toEqual([
      '../slideLayouts/slideLayout1.xml',
      '../media/b&c.png',
      'https://example.com/slideLayout',
    ]);
  });

  it('takes relationships out by their parsed type and adds new ones at the end', () => {
    const out = editRelationships(xml, (r) => (r.type.endsWith('/slideLayout') ? null : r), [
      { id: 'rIdMaster1', type: `${R}/slideMaster`, target: 'slideMasters/slideMaster1.xml' },
    ]);
    expect(readRelationships(out).map((r) => r.id)).toEqual(['rId2', 'rId3', 'rIdMaster1']);
    expect(out.endsWith(`Target="slideMasters/slideMaster1.xml"/></Relationships>`)).toBe(true);
  });

  it('tells an external link from a part, and adds to an empty part written as <Relationships/>', () => {
    const seen: boolean[] = [];
    editRelationships(xml, (r) => (seen.push(r.external), r));
    expect(seen).toEqual([false, false, true]);
    const empty = editRelationships('<Relationships xmlns="x"/>', (r) => r, [{ id: 'a', type: 't', target: 'b.xml' }]);
    expect(readRelationships(empty)).toEqual([{ id: 'a', type: 't', target: 'b.xml', external: false }]);
  });

  it('writes the same relationship element relsXml does', () => {
    const rel = { id: 'rId1', type: `${R}/image`, target: '../media/image1.png' };
    expect(editRelationships(relsXml([]), (r) => r, [rel])).toBe(relsXml([rel]));
  });
});

describe('editing [Content_Types].xml through the package layer', () => {
  const xml = typesXml([
    { kind: 'Default', name: 'xml', type: 'application/xml' },
    { kind: 'Default', name: 'jpg', type: 'image/jpg' },
    { kind: 'Override', name: 'ppt/slides/slide1.xml', type: 'slide' },
    { kind: 'Override', name: 'ppt/slideMasters/slideMaster2.xml', type: 'master' },
  ]);

  it('keeps every byte when nothing changes', () => {
    expect(editContentTypes(xml, (e) => e)).toBe(xml);
  });

  it('takes an entry out with the white space before it, and changes a type or a part name in place', () => {
    const spaced = xml.replace('<Override PartName="/ppt/slideMasters', '\n  <Override PartName="/ppt/slideMasters');
    const out = editContentTypes(spaced, (e) =>
      e.name.startsWith('ppt/slideMasters/')
        ? null
        : e.type === 'image/jpg'
          ? { ...e, type: 'image/jpeg' }
          : e.name === 'ppt/slides/slide1.xml'
            ? { ...e, name: 'ppt/slides/slide9.xml' }
            : e,
    );
    expect(out).toBe(
      typesXml([
        { kind: 'Default', name: 'xml', type: 'application/xml' },
        { kind: 'Default', name: 'jpg', type: 'image/jpeg' },
        { kind: 'Override', name: 'ppt/slides/slide9.xml', type: 'slide' },
      ]),
    );
  });

  it('adds only what is not declared yet, compared without case, in the order given', () => {
    const out = addContentTypes(xml, [
      { kind: 'Default', name: 'JPG', type: 'image/jpeg' },
      { kind: 'Default', name: 'png', type: 'image/png' },
      { kind: 'Override', name: 'ppt/theme/theme2.xml', type: 'theme' },
      { kind: 'Default', name: 'png', type: 'image/png' },
      { kind: 'Override', name: 'PPT/slides/slide1.xml', type: 'slide' },
    ]);
    expect(out).toBe(
      xml.replace(
        '</Types>',
        '<Default Extension="png" ContentType="image/png"/><Override PartName="/ppt/theme/theme2.xml" ContentType="theme"/></Types>',
      ),
    );
    expect(readContentTypes(out)('ppt/media/logo.PNG')).toBe('image/png');
  });
});

describe('the parts a part points at, in a package being written', () => {
  it('resolves internal targets, relative or absolute, and leaves external links out', () => {
    const parts = Parts.of([
      ['ppt/slides/slide1.xml', '<p:sld/>'],
      [
        'ppt/slides/_rels/slide1.xml.rels',
        RELS(
          `<Relationship Id="rId1" Type="${R}/chart" Target="/ppt/charts/chart2.xml"/>` +
            `<Relationship Id="rId2" Type="${R}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>` +
            `<Relationship Id="rId3" Type="${R}/hyperlink" Target="https://example.com" TargetMode="External"/>`,
        ),
      ],
    ]);
    expect(parts.targets('ppt/slides/slide1.xml')).toEqual([
      'ppt/charts/chart2.xml',
      'ppt/slideLayouts/slideLayout1.xml',
    ]);
    expect(parts.targets('ppt/slides/slide2.xml')).toEqual([]);
  });
});

describe('attributes of a start tag', () => {
  it('reads and replaces one attribute, not a name inside another value', () => {
    const tag = `<a:x b="id=1" id = '2'/>`;
    expect(attr(tag, 'id')).toBe('2');
    expect(withAttr(tag, 'id', '3"')).toBe(`<a:x b="id=1" id = "3&quot;"/>`);
    expect(withAttr(tag, 'c', 'x')).toBe(tag);
  });
});
