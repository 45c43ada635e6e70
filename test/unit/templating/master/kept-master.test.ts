import { readFileSync } from 'node:fs';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importedMasterFiles } from '../../../../src/templating/import/master-files.js';
import { PackageError, readPackage } from '../../../../src/ooxml/read-package.js';
import { extractMaster, keptMaster } from '../../../../src/templating/master/extract-master.js';
import {
  COMPOUND_FILE,
  CORPORATE_POTX,
  editPackage,
  hostileRelationships,
  LAUGHS,
  packageViolations,
  tinyPng,
  withDoctype,
} from '../../../helpers/potx.js';

const MASTER = 'ppt/slideMasters/slideMaster1.xml';
const read = (bytes: Uint8Array) => readPackage(bytes, () => true);
const text = (parts: ReadonlyMap<string, Uint8Array>, name: string) => strFromU8(parts.get(name) ?? new Uint8Array());
const contains = (haystack: Uint8Array, needle: Uint8Array) => Buffer.from(haystack).indexOf(Buffer.from(needle)) >= 0;

describe('a DTD in a corporate package (issue 21, item 2)', () => {
  it.each([
    'ppt/slideLayouts/slideLayout1.xml',
    MASTER,
    'ppt/theme/theme1.xml',
    'ppt/slideMasters/_rels/slideMaster1.xml.rels',
    '[Content_Types].xml',
    'ppt/presentation.xml',
    'docProps/app.xml',
  ])('in %s refuses the whole package, whether it is kept or not', (part) => {
    expect(() => keptMaster(read(withDoctype(part)))).toThrow(PackageError);
    expect(() => keptMaster(read(withDoctype(part, LAUGHS)))).toThrow(/declares a DTD/);
  });
  it('is never kept, even by extractMaster called on its own', () => {
    const parts = read(withDoctype('ppt/slideLayouts/slideLayout3.xml', LAUGHS));
    const { parts: kept, notes } = extractMaster(parts, 'ppt/presentation.xml', [MASTER]);
    expect([...kept.keys()]).not.toContain('ppt/slideLayouts/slideLayout3.xml');
    expect(notes.join('\n')).toMatch(/slideLayout3\.xml, a slide layout of .*: it declares a DTD/);
    expect(packageViolations(Object.fromEntries(kept))).toEqual([]);
  });
});

describe('relationships whose target is not what they say (issue 21, items 8 and 11)', () => {
  const { parts: kept, notes } = extractMaster(read(hostileRelationships()), 'ppt/presentation.xml', [MASTER]);
  const said = notes.join('\n');

  it('keeps a sound package: every part with a content type, a plain name, no DTD, no dangling relationship', () => {
    expect(packageViolations(Object.fromEntries(kept))).toEqual([]);
    expect([...kept.keys()].filter((n) => n.includes('..') || n.includes('%'))).toEqual([]);
  });
  it('keeps no VBA project, OLE object or executable bytes, only the real picture', () => {
    expect([...kept.values()].filter((b) => contains(b, COMPOUND_FILE) || strFromU8(b).startsWith('MZ'))).toEqual([]);
    expect([...kept.keys()].filter((n) => n.startsWith('ppt/media/'))).toEqual(['ppt/media/image1.png']);
    expect(Buffer.from(kept.get('ppt/media/image1.png') ?? []).equals(tinyPng(64, 64))).toBe(true);
  });
  it('says what it left out and why', () => {
    expect(said).toMatch(/ppt\/vbaProject\.bin, a picture of .*slideLayout2\.xml: it is not a picture/);
    expect(said).toMatch(/ppt\/embeddings\/oleObject1\.bin, a picture of .*: it is not a picture/);
    expect(said).toMatch(
      /\.\.\/\.\.\/\.\.\/x\.png, a picture of .*slideLayout4\.xml: it names no part inside the file/,
    );
    expect(said).toMatch(/%2e%2e\/%2e%2e\/%2e%2e\/x\.png, a picture of .*: it names no part inside the file/);
    expect(said).toMatch(/ppt\/media\/liar\.png, a picture of .*: it is not a picture/);
    expect(said).toMatch(
      /ppt\/theme\/theme2\.xml, a slide layout of .*slideMaster1\.xml: its content type is .*theme\+xml/,
    );
    expect(said).toMatch(/links to outside the file/);
  });
  it('takes the references to what it left out from the layouts and the master', () => {
    for (const n of [2, 3, 4, 5, 6, 8]) {
      const layout = text(kept, `ppt/slideLayouts/slideLayout${n}.xml`);
      expect(layout, `layout ${n}`).not.toContain('r:embed="rId99"');
      expect(text(kept, `ppt/slideLayouts/_rels/slideLayout${n}.xml.rels`), `layout ${n}`).not.toContain('rId99');
    }
    expect(text(kept, 'ppt/slideLayouts/slideLayout7.xml')).toContain('r:embed="rId99"');
    expect(text(kept, 'ppt/slideLayouts/_rels/slideLayout7.xml.rels')).toContain('Target="../media/image1.png"');
    expect(text(kept, MASTER)).not.toContain('rId98');
  });
});

describe('pictures too large for a master (issue 21, item 12)', () => {
  const big = (mib: number) => {
    const b = new Uint8Array(mib * 1024 * 1024);
    b.set(tinyPng());
    return b;
  };
  it('leaves out a picture past the cap of a part, and one past the pictures of a master in all, and keeps the rest', () => {
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
    const rel = (id: string, target: string) => (xml: string) =>
      xml.replace('</Relationships>', `<Relationship Id="${id}" Type="${R}" Target="${target}"/></Relationships>`);
    const types = (xml: string) =>
      xml.replace(
        '<Default Extension="jpeg"',
        '<Default Extension="png" ContentType="image/png"/><Default Extension="jpeg"',
      );
    const bytes = editPackage(readFileSync(CORPORATE_POTX), {
      '[Content_Types].xml': types,
      'ppt/slideLayouts/_rels/slideLayout1.xml.rels': rel('rId90', '../media/huge.png'),
      'ppt/slideLayouts/_rels/slideLayout2.xml.rels': rel('rId91', '../media/a.png'),
      'ppt/slideLayouts/_rels/slideLayout3.xml.rels': rel('rId92', '../media/b.png'),
      'ppt/media/huge.png': big(33),
      'ppt/media/a.png': big(20),
      'ppt/media/b.png': big(20),
    });
    const oversized: string[] = [];
    const { parts, notes } = keptMaster(
      readPackage(bytes, () => true, undefined, oversized),
      oversized,
    );
    expect(oversized).toEqual(['ppt/media/huge.png']);
    expect(notes.join('\n')).toMatch(/huge\.png, a picture of .*: it is larger than 32 MiB/);
    expect(notes.join('\n')).toMatch(/[ab]\.png, a picture of .*: the master's pictures would pass 32 MiB in all/);
    expect([...parts.keys()].filter((n) => n.startsWith('ppt/media/'))).toEqual(['ppt/media/image1.png']);
    expect(parts.has('ppt/slideLayouts/slideLayout11.xml')).toBe(true);
  });
});

describe('a master.potx read again at build', () => {
  it.each(['catppuccin-latte', 'lo-vivid', 'mecanon-ufrj'])(
    'keeps every part of an imported %s as it is, and says nothing',
    (name) => {
      const potx = importedMasterFiles(readFileSync(CORPORATE_POTX.replace('catppuccin-latte', name))).files.get(
        'master.potx',
      ) as Buffer;
      const first = read(potx);
      const again = keptMaster(first);
      expect(again.notes).toEqual([]);
      expect([...again.parts.keys()].sort()).toEqual([...first.keys()].sort());
      for (const [part, bytes] of again.parts)
        expect(Buffer.from(bytes).equals(first.get(part) ?? new Uint8Array()), part).toBe(true);
    },
  );
  it('refuses one made by hand with a DTD, even if no import ever saw it', () => {
    const potx = importedMasterFiles(readFileSync(CORPORATE_POTX)).files.get('master.potx') as Buffer;
    const handMade = editPackage(potx, { 'ppt/theme/theme1.xml': (xml) => xml.replace('?>', `?>${LAUGHS}`) });
    expect(() => keptMaster(read(handMade))).toThrow(/its part ppt\/theme\/theme1\.xml declares a DTD/);
  });
});
