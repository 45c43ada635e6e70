import { strToU8, zipSync } from 'fflate';

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
