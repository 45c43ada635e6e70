import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { checkImage } from '../../../../src/templating/image-check.js';
import { downscaleLogo } from '../../../../src/templating/import/downscale-logo.js';
import { logoCandidates, notALogo } from '../../../../src/templating/import/pick-logo.js';
import { KEPT_PPI, keptLogoSize, LOGO_BOXES } from '../../../../src/templating/logo-size.js';

describe('notALogo', () => {
  it('refuses strips and bars, and pictures that cover a quarter of the slide', () => {
    expect(notALogo(1921, 40)).toBe('a strip, 48.0:1');
    expect(notALogo(100, 301)).toBe('a bar, 1:3.0');
    expect(notALogo(1280, 720, 1)).toBe('a background or artwork, covering 100 % of the slide');
    expect(notALogo(700, 100, 0.01)).toBe('a strip, 7.0:1');
  });
  it('takes wordmarks and square marks', () => {
    expect(notALogo(541, 134, 0.01)).toBeUndefined(); // the Microsoft logo, 4:1
    expect(notALogo(3095, 1206, 0.02)).toBeUndefined(); // Mecanon's, 2.6:1
    expect(notALogo(600, 100)).toBeUndefined(); // 6:1 exactly
    expect(notALogo(100, 300)).toBeUndefined(); // 1:3 exactly
    expect(notALogo(500, 500, 0.25)).toBeUndefined();
  });
});

const xml = {
  presentation: '<p:presentation xmlns:p="p"><p:sldSz cx="12192000" cy="6858000"/></p:presentation>',
  pic: (id: string, cx: number, cy: number) =>
    `<p:pic><p:blipFill><a:blip r:embed="${id}"/></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm></p:spPr></p:pic>`,
  part: (root: string, name: string, pics: string) =>
    `<p:${root} xmlns:p="p" xmlns:a="a" xmlns:r="r"><p:cSld name="${name}"><p:spTree>${pics}</p:spTree></p:cSld></p:${root}>`,
  rels: (targets: Record<string, string>) =>
    `<Relationships>${Object.entries(targets)
      .map(
        ([id, t]) =>
          `<Relationship Id="${id}" Type="http://x/${t.startsWith('../slideLayouts') ? 'slideLayout' : 'image'}" Target="${t}"/>`,
      )
      .join('')}</Relationships>`,
};

describe('logoCandidates', () => {
  // A master with a small mark and two layouts; layout 1 has a large photo, layout 2 a strip and a full-slide picture.
  const files = new Map<string, string>([
    ['ppt/presentation.xml', xml.presentation],
    ['ppt/slideMasters/slideMaster1.xml', xml.part('sldMaster', '', xml.pic('rId9', 914400, 457200))],
    [
      'ppt/slideMasters/_rels/slideMaster1.xml.rels',
      xml.rels({
        rId1: '../slideLayouts/slideLayout1.xml',
        rId2: '../slideLayouts/slideLayout2.xml',
        rId9: '../media/mark.png',
      }),
    ],
    ['ppt/slideLayouts/slideLayout1.xml', xml.part('sldLayout', 'Title Slide', xml.pic('rId2', 2743200, 2743200))],
    ['ppt/slideLayouts/_rels/slideLayout1.xml.rels', xml.rels({ rId2: '../media/photo.jpg' })],
    [
      'ppt/slideLayouts/slideLayout2.xml',
      xml.part('sldLayout', 'Content', xml.pic('rId3', 12192000, 254000) + xml.pic('rId4', 12192000, 6858000)),
    ],
    ['ppt/slideLayouts/_rels/slideLayout2.xml.rels', xml.rels({ rId3: '../media/strip.png', rId4: '../media/bg.png' })],
  ]);
  const { candidates, refused } = logoCandidates([...files.keys()], (n) => files.get(n) ?? '');

  it('puts the picture shown on the most layouts first: the master counts for each of its layouts', () => {
    expect(candidates.map((c) => [c.media, c.shownOn, c.place, c.part])).toEqual([
      ['ppt/media/mark.png', 3, 'master', 'ppt/slideMasters/slideMaster1.xml'],
      ['ppt/media/photo.jpg', 1, 'layout "Title Slide"', 'ppt/slideLayouts/slideLayout1.xml'],
    ]);
  });
  it('says why it refused the others', () => {
    expect(refused).toEqual([
      { media: 'ppt/media/strip.png', why: 'a strip, 48.0:1' },
      { media: 'ppt/media/bg.png', why: 'a background or artwork, covering 100 % of the slide' },
    ]);
  });
});

describe('keptLogoSize', () => {
  it(`keeps a logo at ${KEPT_PPI} px per inch of its largest box`, () => {
    // Mecanon's logo: 3095×1206 fits the title box (3.0 × 1.1 in) at 2.82 × 1.1 in: 814 px at 288 px/in.
    expect(keptLogoSize(3095, 1206)).toEqual({ width: 814, height: 317 });
    expect(keptLogoSize(2000, 2000)).toEqual({ width: Math.ceil(LOGO_BOXES.title.h * KEPT_PPI), height: 317 });
  });
  it('never enlarges', () => {
    expect(keptLogoSize(120, 40)).toEqual({ width: 120, height: 40 });
    expect(keptLogoSize(864, 317)).toEqual({ width: 864, height: 317 });
  });
});

describe('downscaleLogo', () => {
  const picture = (type: 'image/png' | 'image/jpeg') => {
    const canvas = createCanvas(2400, 800);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#0F5FA8';
    ctx.fillRect(100, 100, 2200, 600);
    return type === 'image/png' ? canvas.toBuffer('image/png') : canvas.toBuffer('image/jpeg', 95);
  };
  it('stores a large PNG as a PNG at the kept size, the same bytes each time', async () => {
    const bytes = picture('image/png');
    const logo = { bytes, extension: 'png' as const, width: 2400, height: 800 };
    const small = await downscaleLogo(logo);
    expect([small.width, small.height]).toEqual([864, 288]);
    expect(checkImage(small.bytes)).toEqual({ ok: true, type: 'png', width: 864, height: 288 });
    expect(small.bytes.length).toBeLessThan(bytes.length);
    expect(Buffer.compare((await downscaleLogo(logo)).bytes, small.bytes)).toBe(0);
  });
  it('keeps a JPEG a JPEG', async () => {
    const small = await downscaleLogo({ bytes: picture('image/jpeg'), extension: 'jpeg', width: 2400, height: 800 });
    expect(checkImage(small.bytes)).toEqual({ ok: true, type: 'jpeg', width: 864, height: 288 });
  });
  it('keeps a small logo byte for byte', async () => {
    const logo = { bytes: Buffer.from('not decoded'), extension: 'png' as const, width: 120, height: 40 };
    expect(await downscaleLogo(logo)).toBe(logo);
  });
});
