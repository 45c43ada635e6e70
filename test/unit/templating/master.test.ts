import { describe, expect, it } from 'vitest';
import { chooseLayouts, layoutGeometry } from '../../../src/templating/master/choose-layouts.js';
import { extractMaster } from '../../../src/templating/master/extract-master.js';
import { readMasterPackage } from '../../../src/templating/master/read-master.js';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const enc = (s: string) => new TextEncoder().encode(s);
const rels = (...r: string[]) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r.join('')}</Relationships>`;
const sp = (type: string, idx: number, box?: [number, number, number, number]) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="2" name="x"/><p:cNvSpPr/><p:nvPr><p:ph type="${type}" idx="${idx}"/></p:nvPr></p:nvSpPr><p:spPr>${
    box ? `<a:xfrm><a:off x="${box[0]}" y="${box[1]}"/><a:ext cx="${box[2]}" cy="${box[3]}"/></a:xfrm>` : ''
  }</p:spPr></p:sp>`;
const layout = (name: string, type: string, shapes: string) =>
  `<p:sldLayout xmlns:p="p" xmlns:a="a" xmlns:r="r" type="${type}"><p:cSld name="${name}"><p:spTree>${shapes}</p:spTree></p:cSld></p:sldLayout>`;

/** A small package: one master (title, body, footer placeholders, an OLE object and a link), three layouts, a sample slide and macros. */
function corporate(): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  const set = (name: string, text: string) => parts.set(name, enc(text));
  set('_rels/.rels', rels(`<Relationship Id="rId1" Type="${R}/officeDocument" Target="ppt/presentation.xml"/>`));
  set(
    'ppt/presentation.xml',
    '<p:presentation xmlns:p="p" xmlns:r="r"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id="256" r:id="rId9"/></p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>',
  );
  set(
    'ppt/_rels/presentation.xml.rels',
    rels(
      `<Relationship Id="rId1" Type="${R}/slideMaster" Target="slideMasters/slideMaster1.xml"/>`,
      `<Relationship Id="rId9" Type="${R}/slide" Target="slides/slide1.xml"/>`,
    ),
  );
  set(
    'ppt/slideMasters/slideMaster1.xml',
    `<p:sldMaster xmlns:p="p" xmlns:a="a" xmlns:r="r"><p:cSld><p:spTree>${sp('title', 0, [457200, 274638, 8229600, 1143000])}${sp('body', 1, [457200, 1600200, 8229600, 4525963])}${sp('ftr', 3, [3124200, 6356350, 2895600, 365125])}<p:graphicFrame><a:graphic><a:graphicData><p:oleObj r:id="rId8"/></a:graphicData></a:graphic></p:graphicFrame><p:sp><p:txBody><a:p><a:r><a:rPr><a:hlinkClick r:id="rId7"/></a:rPr><a:t>site</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/><p:sldLayoutId id="2147483650" r:id="rId2"/><p:sldLayoutId id="2147483651" r:id="rId3"/></p:sldLayoutIdLst><p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz="4000"><a:latin typeface="+mj-lt"/></a:defRPr></a:lvl1pPr></p:titleStyle></p:txStyles></p:sldMaster>`,
  );
  set(
    'ppt/slideMasters/_rels/slideMaster1.xml.rels',
    rels(
      `<Relationship Id="rId1" Type="${R}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>`,
      `<Relationship Id="rId2" Type="${R}/slideLayout" Target="../slideLayouts/slideLayout2.xml"/>`,
      `<Relationship Id="rId3" Type="${R}/slideLayout" Target="../slideLayouts/slideLayout3.xml"/>`,
      `<Relationship Id="rId4" Type="${R}/theme" Target="../theme/theme1.xml"/>`,
      `<Relationship Id="rId7" Type="${R}/hyperlink" Target="https://example.org/" TargetMode="External"/>`,
      `<Relationship Id="rId8" Type="${R}/oleObject" Target="../embeddings/oleObject1.bin"/>`,
    ),
  );
  set(
    'ppt/slideLayouts/slideLayout1.xml',
    layout(
      'Titel',
      'title',
      sp('ctrTitle', 0, [685800, 2130425, 7772400, 1470025]) + sp('subTitle', 1, [1371600, 3886200, 6400800, 1752600]),
    ),
  );
  set('ppt/slideLayouts/slideLayout2.xml', layout('Nur Titel', 'titleOnly', sp('title', 0) + sp('ftr', 11)));
  set('ppt/slideLayouts/slideLayout3.xml', layout('Leer', 'blank', sp('ftr', 11)));
  for (const n of [1, 2, 3])
    set(
      `ppt/slideLayouts/_rels/slideLayout${n}.xml.rels`,
      rels(`<Relationship Id="rId1" Type="${R}/slideMaster" Target="../slideMasters/slideMaster1.xml"/>`),
    );
  set(
    'ppt/theme/theme1.xml',
    '<a:theme xmlns:a="a"><a:themeElements><a:fontScheme><a:majorFont><a:latin typeface="Georgia"/></a:majorFont></a:fontScheme></a:themeElements></a:theme>',
  );
  const ct = 'application/vnd.openxmlformats-officedocument';
  set(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="${ct}.oleObject"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="${ct}.presentationml.slideMaster+xml"/>${[1, 2, 3].map((n) => `<Override PartName="/ppt/slideLayouts/slideLayout${n}.xml" ContentType="${ct}.presentationml.slideLayout+xml"/>`).join('')}<Override PartName="/ppt/theme/theme1.xml" ContentType="${ct}.theme+xml"/></Types>`,
  );
  set('ppt/embeddings/oleObject1.bin', 'OLE');
  set('ppt/vbaProject.bin', 'macros');
  set('ppt/slides/slide1.xml', '<p:sld/>');
  return parts;
}

describe('reading a corporate master', () => {
  const pkg = readMasterPackage(corporate());
  it('reads the slide size, the layouts and the title font and size from the text styles', () => {
    expect(pkg.size).toEqual({ cx: 9144000, cy: 6858000 });
    expect(pkg.layouts.map((l) => l.name)).toEqual(['Titel', 'Nur Titel', 'Leer']);
    expect(pkg.layouts[1]).toMatchObject({ type: 'titleOnly', titleSize: 40, titleFont: 'Georgia' });
  });
  it("gives a layout's placeholder without a position its master's", () => {
    const title = pkg.layouts[1]?.placeholders.find((p) => p.type === 'title');
    expect(title?.box).toEqual({ x: 457200, y: 274638, w: 8229600, h: 1143000 });
  });
  it('chooses layouts by what they hold, whatever their names', () => {
    const chosen = chooseLayouts(pkg);
    if ('error' in chosen) throw new Error(chosen.error);
    expect(chosen.layouts.title.layout.name).toBe('Titel');
    expect(chosen.layouts.content.layout.name).toBe('Nur Titel');
    const named = chooseLayouts(pkg, { content: 'Leer', sidebar: 'Nowhere' });
    if ('error' in named) throw new Error(named.error);
    expect(named.refused).toEqual([
      'content: layout "Leer" has no title placeholder',
      'sidebar: no layout is named "Nowhere"',
    ]);
  });
  it('puts content between the title and the footer', () => {
    const g = layoutGeometry(pkg, pkg.layouts[1] as NonNullable<(typeof pkg.layouts)[1]>);
    expect(g.content.y).toBeGreaterThan(274638 + 1143000);
    expect(g.content.y + g.content.h).toBeLessThan(6356350);
    expect(g.footers.map((f) => f.type)).toEqual(['ftr']);
  });
});

describe('keeping a corporate master', () => {
  const parts = corporate();
  const { parts: kept, notes } = extractMaster(parts, 'ppt/presentation.xml', ['ppt/slideMasters/slideMaster1.xml']);
  it('keeps the masters, layouts and themes, and no slide, macro or embedded object', () => {
    const names = [...kept.keys()];
    expect(names).toContain('ppt/slideLayouts/slideLayout3.xml');
    expect(names).toContain('ppt/theme/theme1.xml');
    expect(names.filter((n) => /slides\/|vbaProject|embeddings/.test(n))).toEqual([]);
  });
  it('drops external links and OLE objects from the master, and says so', () => {
    const master = new TextDecoder().decode(kept.get('ppt/slideMasters/slideMaster1.xml'));
    const masterRels = new TextDecoder().decode(kept.get('ppt/slideMasters/_rels/slideMaster1.xml.rels'));
    expect(masterRels).not.toMatch(/External|oleObject/);
    expect(master).not.toMatch(/rId7|rId8|oleObj/);
    expect(notes.join(' ')).toMatch(/embedded objects \(OLE\).*links to outside the file.*macros.*sample slides/);
  });
  it('lists the kept parts in its content types and presentation, without slides', () => {
    const types = new TextDecoder().decode(kept.get('[Content_Types].xml'));
    expect(types).toContain('PartName="/ppt/slideLayouts/slideLayout2.xml"');
    const pres = new TextDecoder().decode(kept.get('ppt/presentation.xml'));
    expect(pres).not.toContain('sldIdLst');
    expect(pres).toContain('<p:sldSz cx="9144000" cy="6858000"/>');
  });
});
