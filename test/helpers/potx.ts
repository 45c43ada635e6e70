import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fixturesDir } from './cli.js';

export interface PotxOptions {
  /** The colour scheme's name, as the theme part writes it. */
  schemeName?: string;
  majorFont?: string;
  minorFont?: string;
  /** The r:embed id of the picture on the master (the same id names its relationship). */
  embedId?: string;
  /** The picture's bytes, stored as ppt/media/image1.png. */
  picture?: Uint8Array;
  /** Displayed size of the picture in EMU. */
  pictureSize?: { cx: number; cy: number };
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;');

/**
 * A small but real PowerPoint template package (a master with a picture, a
 * theme with colours and fonts), made in the test so hostile variants can
 * be written byte for byte.
 */
export function makePotx(o: PotxOptions = {}): Uint8Array {
  const rid = o.embedId ?? 'rId2';
  const size = o.pictureSize ?? { cx: 1828800, cy: 609600 };
  const colors = [
    'dk1',
    'lt1',
    'dk2',
    'lt2',
    'accent1',
    'accent2',
    'accent3',
    'accent4',
    'accent5',
    'accent6',
    'hlink',
    'folHlink',
  ];
  const values = [
    '000000',
    'FFFFFF',
    '1F3A5F',
    'EEF2F7',
    '1F6FB2',
    'C2410C',
    '15803D',
    '7C3AED',
    '0E7490',
    'B45309',
    '1D4ED8',
    '6D28D9',
  ];
  const theme = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Test"><a:themeElements><a:clrScheme name="${esc(o.schemeName ?? 'Test')}">${colors.map((c, i) => `<a:${c}><a:srgbClr val="${values[i]}"/></a:${c}>`).join('')}</a:clrScheme><a:fontScheme name="Test"><a:majorFont><a:latin typeface="${esc(o.majorFont ?? 'Arial')}"/></a:majorFont><a:minorFont><a:latin typeface="${esc(o.minorFont ?? 'Arial')}"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
  const master = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:sldMaster xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree>${o.picture ? `<p:pic><p:nvPicPr><p:cNvPr id="2" name="Logo"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="${esc(rid)}"/></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${size.cx}" cy="${size.cy}"/></a:xfrm></p:spPr></p:pic>` : ''}</p:spTree></p:cSld></p:sldMaster>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme1.xml"/>${o.picture ? `<Relationship Id="${esc(rid)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"/>` : ''}</Relationships>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'ppt/slideMasters/slideMaster1.xml': strToU8(master),
    'ppt/slideMasters/_rels/slideMaster1.xml.rels': strToU8(rels),
    'ppt/theme/theme1.xml': strToU8(theme),
  };
  if (o.picture) files['ppt/media/image1.png'] = o.picture;
  return zipSync(files, { level: 1 });
}

/** A minimal valid PNG of the given size (one colour). */
export function tinyPng(width = 120, height = 40): Uint8Array {
  const header = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr[16] = 8;
  ihdr[17] = 2;
  return Buffer.concat([header, ihdr]);
}

/** Rewrites the sizes a zip declares for an entry (local header and central directory), to make it lie. */
export function declareSize(zip: Uint8Array, declared: number): Uint8Array {
  const buf = Buffer.from(zip);
  for (let i = 0; i < buf.length - 30; i++) {
    if (buf.readUInt32LE(i) === 0x04034b50) buf.writeUInt32LE(declared, i + 22);
    if (buf.readUInt32LE(i) === 0x02014b50) buf.writeUInt32LE(declared, i + 24);
  }
  return buf;
}

/**
 * A copy of a package with parts replaced, added (a string or bytes) or
 * removed (null), or edited (a function of the part's text); an edit of a part
 * the package lacks is a test bug. Entry names are written as given, so a
 * hostile name (../x.png) reaches the zip as is.
 */
export function editPackage(
  zip: Uint8Array,
  edits: Record<string, string | Uint8Array | null | ((text: string) => string)>,
): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(zip);
  for (const [name, edit] of Object.entries(edits)) {
    if (edit === null) delete files[name];
    else if (typeof edit === 'function') {
      const before = files[name];
      if (!before) throw new Error(`editPackage: no part ${name}`);
      const after = edit(strFromU8(before));
      if (after === strFromU8(before)) throw new Error(`editPackage: the edit of ${name} changed nothing`);
      files[name] = strToU8(after);
    } else files[name] = typeof edit === 'string' ? strToU8(edit) : edit;
  }
  return zipSync(files, { level: 1 });
}

/**
 * What makes a package unsafe or invalid to hand on, checked without the code
 * under test: a part name outside the package root or not a plain name (.., a
 * percent sign, a backslash, a leading slash), an XML part with a DTD or an
 * entity declaration, a part [Content_Types].xml gives no type, and an
 * internal relationship whose target is not a part of the package.
 */
export function packageViolations(files: Record<string, Uint8Array>): string[] {
  const out: string[] = [];
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const types = text('[Content_Types].xml');
  const defaults = new Set(
    [...types.matchAll(/<Default\s+Extension="([^"]+)"/g)].map((m) => (m[1] ?? '').toLowerCase()),
  );
  const overrides = new Set(
    [...types.matchAll(/<Override\s+PartName="\/([^"]+)"/g)].map((m) => (m[1] ?? '').toLowerCase()),
  );
  for (const name of Object.keys(files)) {
    if (name.endsWith('/')) continue;
    if (/(^|\/)\.\.?(\/|$)|[%\\]|^\/|\/\//.test(name)) out.push(`${name}: not a plain part name`);
    if (/\.(xml|rels)$/i.test(name) && /<!(DOCTYPE|ENTITY)/i.test(text(name))) out.push(`${name}: a DTD or entity`);
    const ext = name.replace(/^.*\./, '').toLowerCase();
    if (name !== '[Content_Types].xml' && !overrides.has(name.toLowerCase()) && !defaults.has(ext))
      out.push(`${name}: no content type`);
    if (!name.endsWith('.rels')) continue;
    const dir = name.replace(/_rels\/[^/]*$/, '');
    for (const tag of text(name).match(/<Relationship\b[^>]*>/g) ?? []) {
      if (/TargetMode\s*=\s*["']External["']/.test(tag)) continue;
      const target = /\sTarget\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? '';
      const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
      const resolved: string[] = [];
      let above = false;
      for (const p of parts)
        if (p === '..') above = resolved.pop() === undefined || above;
        else if (p !== '.') resolved.push(p);
      if (above || !files[resolved.join('/')]) out.push(`${name}: ${target} is not a part of the package`);
    }
  }
  return out;
}

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** A real template (PowerPoint-made, 1 master, 11 layouts) that the hostile variants are made from. */
export const CORPORATE_POTX = path.join(fixturesDir, 'corporate-templates', 'catppuccin-latte.potx');
/** The bytes of an OLE compound file: a VBA project, an embedded object. */
export const COMPOUND_FILE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x3e, 0, 3, 0]);

const picture = (id: string) =>
  `<p:pic><p:nvPicPr><p:cNvPr id="99" name="Picture"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="${id}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
const withRel = (rel: string) => (xml: string) => xml.replace('</Relationships>', `${rel}</Relationships>`);
const withPicture = (xml: string) => xml.replace('</p:spTree>', `${picture('rId99')}</p:spTree>`);

/**
 * The real template with a picture on layouts 2 to 8 whose relationship
 * points at what is no picture of the package: a VBA project, an OLE object,
 * a part named above the package root (plainly and percent-encoded), an
 * external link written with spaces around its =, bytes that are an
 * executable under a .png name; layout 7's picture is sound. The master also
 * lists a "layout" that is a theme.
 */
export function hostileRelationships(): Uint8Array {
  const layout = (n: number, target: string, extra = '') => ({
    [`ppt/slideLayouts/slideLayout${n}.xml`]: withPicture,
    [`ppt/slideLayouts/_rels/slideLayout${n}.xml.rels`]: withRel(
      `<Relationship Id="rId99" Type="${R}/image" Target="${target}"${extra}/>`,
    ),
  });
  return editPackage(readFileSync(CORPORATE_POTX), {
    ...layout(2, '../vbaProject.bin'),
    ...layout(3, '../embeddings/oleObject1.bin'),
    ...layout(4, '../../../x.png'),
    ...layout(5, 'http://example.org/ext.png', ' TargetMode = "External"'),
    ...layout(6, '../media/liar.png'),
    ...layout(7, '../media/good.png'),
    ...layout(8, '%2e%2e/%2e%2e/%2e%2e/x.png'),
    'ppt/slideMasters/slideMaster1.xml': (xml) =>
      xml.replace('</p:sldLayoutIdLst>', '<p:sldLayoutId id="2147483700" r:id="rId98"/></p:sldLayoutIdLst>'),
    'ppt/slideMasters/_rels/slideMaster1.xml.rels': withRel(
      `<Relationship Id="rId98" Type="${R}/slideLayout" Target="../theme/theme2.xml"/>`,
    ),
    '[Content_Types].xml': (xml) =>
      xml.replace(
        '<Default Extension="jpeg"',
        '<Default Extension="png" ContentType="image/png"/><Override PartName="/ppt/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/ppt/embeddings/oleObject1.bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/><Default Extension="jpeg"',
      ),
    'ppt/vbaProject.bin': COMPOUND_FILE,
    'ppt/embeddings/oleObject1.bin': COMPOUND_FILE,
    '../x.png': tinyPng(),
    'ppt/media/liar.png': strToU8('MZ\x90\x00 this program cannot be run in DOS mode'),
    'ppt/media/good.png': tinyPng(64, 64),
  });
}

/** The real template with a DTD (and entities, and a URL) in one of its XML parts. */
export function withDoctype(part: string, doctype = '<!DOCTYPE x SYSTEM "http://example.org/x.dtd">'): Uint8Array {
  return editPackage(readFileSync(CORPORATE_POTX), {
    [part]: (xml) => (xml.startsWith('<?xml') ? xml.replace('?>', `?>${doctype}`) : `${doctype}${xml}`),
  });
}

/** A billion laughs: ten entities, each ten of the one before. */
export const LAUGHS = `<!DOCTYPE x [<!ENTITY l0 "ha">${Array.from(
  { length: 9 },
  (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
).join('')}]>`;
