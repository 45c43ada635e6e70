import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readContentTypes } from '../../../src/ooxml/content-types.js';
import { readRelationships } from '../../../src/ooxml/relationships.js';
import { parser } from '../../../src/ooxml/xml-parser.js';
import { isPartName, relsOf, resolveTarget } from '../../../src/ooxml/part-name.js';
import { checkedPicture, pictureKind } from '../../../src/templating/import/picture-type.js';
import { PackageError, readPackage } from '../../../src/ooxml/read-package.js';
import { checkXmlParts, keptXmlRefusal } from '../../../src/ooxml/xml-safety.js';
import { tinyPng } from '../../helpers/potx.js';

const enc = (s: string) => new TextEncoder().encode(s);
const LAYOUT = 'ppt/slideLayouts/slideLayout1.xml';

describe('part names (issue 21, item 11)', () => {
  it('resolves relative and absolute targets inside the package', () => {
    expect(resolveTarget(LAYOUT, '../media/image1.png')).toBe('ppt/media/image1.png');
    expect(resolveTarget(LAYOUT, './../media/./image1.png')).toBe('ppt/media/image1.png');
    expect(resolveTarget(LAYOUT, '/ppt/media/image%20one.png')).toBe('ppt/media/image%20one.png');
    expect(resolveTarget('', 'ppt/presentation.xml')).toBe('ppt/presentation.xml');
    expect(relsOf('')).toBe('_rels/.rels');
    expect(relsOf(LAYOUT)).toBe('ppt/slideLayouts/_rels/slideLayout1.xml.rels');
  });
  it.each([
    ['above the root', '../../../x.png'],
    ['above the root, absolute', '/../x.png'],
    ['an encoded dot', '%2e%2e/%2e%2e/x.png'],
    ['an encoded slash', '..%2f..%2fx.png'],
    ['an encoded letter', '../media/%69mage.png'],
    ['a backslash', '..\\..\\x.png'],
    ['a URL', 'http://example.org/x.png'],
    ['a file URL', 'file:///etc/passwd'],
    ['a drive', 'C:/x.png'],
    ['a network path', '//host/share/x.png'],
    ['an empty segment', '../media//x.png'],
    ['a segment ending in a dot', '../media./x.png'],
    ['a query', '../media/x.png?a=1'],
    ['a fragment', '../media/x.png#a'],
    ['a space', '../media/x y.png'],
    ['a control character', '../media/x\u0001.png'],
    ['a lone percent sign', '../media/x%.png'],
    ['nothing', '../..'],
  ])('names no part for %s (%j)', (_, target) => {
    expect(resolveTarget(LAYOUT, target)).toBeUndefined();
  });
  it('refuses zip names that are not part names', () => {
    expect(isPartName('../x.png')).toBe(false);
    expect(isPartName('ppt\\media\\x.png')).toBe(false);
    expect(isPartName('/ppt/x.png')).toBe(false);
    expect(isPartName('ppt/médias/image1.png')).toBe(true);
  });
});

describe('relationships are read with an XML parser (issue 21, item 11)', () => {
  const rels = (...tags: string[]) => `<Relationships xmlns="r">${tags.join('')}</Relationships>`;
  it.each([
    ['spaces around =', `TargetMode = "External"`],
    ['single quotes', `TargetMode='External'`],
    ['white space in the value', `TargetMode=" External "`],
    ['a character reference', `TargetMode="&#69;xternal"`],
    ['a line break', `TargetMode\n=\n"External"`],
    ['another value than Internal', `TargetMode="external"`],
  ])('sees an external target written with %s', (_, mode) => {
    const [r] = readRelationships(rels(`<Relationship Id="rId1" Type="t/image" Target="http://x/y.png" ${mode}/>`));
    expect(r?.external).toBe(true);
  });
  it('reads an internal target, its entities decoded', () => {
    const [r] = readRelationships(
      rels(`<Relationship Id = 'rId1' Type="t/image" Target="../media/a&amp;b.png" TargetMode="Internal"/>`),
    );
    expect(r).toEqual({ id: 'rId1', type: 't/image', target: '../media/a&b.png', external: false });
  });
  it('refuses a DTD before parsing, and never expands an entity', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY e${i + 1} "${`&${i ? `e${i}` : 'a'};`.repeat(10)}">`).join('')}]><Relationships><Relationship Id="x" Target="&e9;"/></Relationships>`;
    expect(() => readRelationships(laughs)).toThrow(PackageError);
    expect(() => parser.parse('<!DOCTYPE x SYSTEM "http://example.org/x.dtd"><x/>')).toThrow(/DTD/);
    // Without a DTD an unknown entity stays as written: nothing is looked up.
    expect(readRelationships(rels(`<Relationship Id="x" Type="t" Target="&ext;"/>`))[0]?.target).toBe('&ext;');
  });
  it('reads content types: an Override before the Default of the extension, without case', () => {
    const typeOf = readContentTypes(
      `<Types><Default Extension="PNG" ContentType="image/png"/><Override PartName="/ppt/media/Logo.png" ContentType="image/jpeg"/></Types>`,
    );
    expect(typeOf('ppt/media/logo.png')).toBe('image/jpeg');
    expect(typeOf('ppt/media/other.png')).toBe('image/png');
    expect(typeOf('ppt/vbaProject.bin')).toBeUndefined();
  });
});

describe('XML parts with a DTD (issue 21, item 2)', () => {
  const refused = (name: string, text: string | Uint8Array) =>
    expect(() => checkXmlParts(new Map([[name, typeof text === 'string' ? enc(text) : text]]))).toThrow(
      new RegExp(`its part ${name.replace(/[[\]./]/g, '\\$&')} declares`),
    );
  it.each([
    ['a SYSTEM URL', '<!DOCTYPE p:sldLayout SYSTEM "http://example.org/x.dtd"><p:sldLayout/>'],
    ['a PUBLIC URL', '<!DOCTYPE x PUBLIC "-//x//EN" "http://example.org/x.dtd"><x/>'],
    ['an internal entity', '<!DOCTYPE x [<!ENTITY brand "Acme">]><x>&brand;</x>'],
    ['a lower-case doctype', '<!doctype x><x/>'],
    ['an entity without a doctype', '<x><!ENTITY a "b"></x>'],
  ])('refuses %s in any XML part', (_, xml) => {
    refused(LAYOUT, xml);
    refused('ppt/theme/theme1.xml', xml);
    refused('ppt/slideMasters/_rels/slideMaster1.xml.rels', xml);
    refused('[Content_Types].xml', xml);
    refused('customXml/item1.xml', xml);
  });
  it('refuses one written in UTF-16', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<!DOCTYPE x SYSTEM "http://x"><x/>', 'utf16le'),
    ]);
    refused(LAYOUT, utf16);
  });
  it('keeps only UTF-8, well-formed parts with the expected root and no entity a DTD would define', () => {
    expect(keptXmlRefusal(enc('<?xml version="1.0"?><p:sldLayout xmlns:p="p"/>'), 'sldLayout')).toBeUndefined();
    expect(keptXmlRefusal(enc('<p:sldLayout xmlns:p="p"><a>&brand;</a></p:sldLayout>'))).toMatch(/&brand;/);
    expect(keptXmlRefusal(enc('<p:theme xmlns:p="p"/>'), 'sldLayout')).toMatch(/a theme part, not a sldLayout/);
    expect(keptXmlRefusal(enc('<x><y></x>'))).toMatch(/not well-formed/);
    expect(keptXmlRefusal(new Uint8Array([0x3c, 0x78, 0xff, 0x2f, 0x3e]))).toMatch(/not UTF-8/);
    expect(keptXmlRefusal(enc('<?xml version="1.0" encoding="ISO-8859-1"?><x/>'))).toMatch(/encoding/);
    expect(keptXmlRefusal(enc('<x a="&lt;&#x41;&#65;&amp;"/>'))).toBeUndefined();
  });
});

describe('pictures by their bytes (issue 21, item 8)', () => {
  const emf = new Uint8Array(88);
  emf.set([1, 0, 0, 0]);
  emf.set([0x20, 0x45, 0x4d, 0x46], 40);
  const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  it('knows each format by its signature, not its name', () => {
    expect(pictureKind(tinyPng())).toBe('png');
    expect(pictureKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(pictureKind(enc('GIF89a....'))).toBe('gif');
    expect(pictureKind(emf)).toBe('emf');
    expect(pictureKind(enc('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'))).toBe('svg');
    expect(pictureKind(cfb)).toBeUndefined();
    expect(pictureKind(enc('MZ\x90\x00'))).toBeUndefined();
  });
  it('refuses a VBA project or OLE object behind a picture relationship, and a picture whose content type disagrees', () => {
    expect(checkedPicture(cfb, 'application/vnd.ms-office.vbaProject')).toEqual({
      why: "it is not a picture (content type application/vnd.ms-office.vbaproject, and no picture's signature)",
    });
    expect(checkedPicture(cfb, 'image/png')).toHaveProperty('why');
    expect(checkedPicture(tinyPng(), 'image/jpeg')).toEqual({
      why: 'its bytes are PNG but its content type is image/jpeg',
    });
    expect(checkedPicture(tinyPng(), undefined)).toHaveProperty('why');
    expect(checkedPicture(emf, 'image/x-emf')).toEqual({ kind: 'emf' });
  });
  it('refuses an SVG with a DTD, an entity or a script', () => {
    const svg = (inner: string) => enc(`<?xml version="1.0"?>${inner}`);
    expect(pictureKind(svg('<!DOCTYPE svg SYSTEM "http://x"><svg/>'))).toBeUndefined();
    expect(pictureKind(svg('<svg><!ENTITY a "b"></svg>'))).toBeUndefined();
    expect(pictureKind(svg('<svg><script>alert(1)</script></svg>'))).toBeUndefined();
  });
});

describe('a picture too large to read (issue 21, item 12)', () => {
  const limits = { bytes: 1024 * 1024, entries: 100, entryBytes: 1000, totalBytes: 5000 };
  const zip = (files: Record<string, Uint8Array>) => zipSync(files, { level: 6 });
  it('is left out and named, and the other parts are read', () => {
    const oversized: string[] = [];
    const parts = readPackage(
      zip({ 'ppt/media/big.png': new Uint8Array(2000), 'ppt/theme/theme1.xml': enc('<a:theme/>') }),
      () => true,
      limits,
      oversized,
    );
    expect(oversized).toEqual(['ppt/media/big.png']);
    expect([...parts.keys()]).toEqual(['ppt/theme/theme1.xml']);
  });
  it('still fails the package when it is an XML part, or when the parts pass the total', () => {
    const xml = zip({ 'ppt/theme/theme1.xml': new Uint8Array(2000) });
    expect(() => readPackage(xml, () => true, limits, [])).toThrow(/theme1\.xml (declares|inflates past)/);
    const many = zip(
      Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`ppt/media/p${i}.png`, new Uint8Array(900)])),
    );
    expect(() => readPackage(many, () => true, limits, [])).toThrow(/in all/);
  });
  it('fails the package when no list of left-out parts is asked for, as before', () => {
    expect(() => readPackage(zip({ 'ppt/media/big.png': new Uint8Array(2000) }), () => true, limits)).toThrow(
      /big\.png (declares|inflates past)/,
    );
  });
});
