import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, STACK_LINE, type CliResult } from '../helpers/cli.js';
import {
  COMPOUND_FILE,
  CORPORATE_POTX,
  editPackage,
  hostileRelationships,
  LAUGHS,
  makePotx,
  packageViolations,
  tinyPng,
  withDoctype,
} from '../helpers/potx.js';

/**
 * Issue 21: what `template import` keeps of a corporate .potx (master.potx),
 * and what a build takes from a template's master.potx into every deck. No
 * DTD, no part without a content type or outside the package, no macro or
 * OLE bytes behind a picture's name, whether master.potx came from an import
 * or was made by hand; one picture too large is left out, not the import.
 */
const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-master-safety-'));

async function importing(bytes: Uint8Array): Promise<CliResult & { templates: string; dir: string }> {
  const dir = tmp();
  const file = path.join(dir, 'corp.potx');
  writeFileSync(file, bytes);
  const templates = path.join(dir, 'templates');
  const r = await runCli(['template', 'import', file, '--name', 'corp', '--dir', templates]);
  return { ...r, templates, dir: path.join(templates, 'corp') };
}

async function building(template: string): Promise<CliResult & { deck?: Record<string, Uint8Array> }> {
  const out = path.join(tmp(), 'out');
  const r = await runCli([
    'build',
    path.join(repoRoot, 'data'),
    '--template',
    template,
    '--out',
    out,
    '--format',
    'pptx',
  ]);
  const file = path.join(out, 'alder-finch-logistics-2026-11-20.pptx');
  return { ...r, ...(existsSync(file) ? { deck: unzipSync(readFileSync(file)) } : {}) };
}

const holds = (files: Record<string, Uint8Array>, bytes: Uint8Array) =>
  Object.entries(files)
    .filter(([, b]) => Buffer.from(b).indexOf(Buffer.from(bytes)) >= 0)
    .map(([n]) => n);

describe('template import refuses a package with a DTD (item 2)', () => {
  it.each([
    ['a SYSTEM URL in a layout', 'ppt/slideLayouts/slideLayout2.xml', undefined],
    ['a billion laughs in the theme', 'ppt/theme/theme1.xml', LAUGHS],
    ['a DTD in the content types', '[Content_Types].xml', undefined],
    ['a DTD in the relationships of the master', 'ppt/slideMasters/_rels/slideMaster1.xml.rels', LAUGHS],
  ])('%s: says which part, writes nothing', { timeout: 30_000 }, async (_, part, doctype) => {
    const r = await importing(withDoctype(part, doctype));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot be read as a PowerPoint file: its part ${part} declares a DTD (<!DOCTYPE>)`);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(r.templates)).toBe(false);
  });
});

describe('template import of relationships that lie (items 8 and 11)', () => {
  let imported: Awaited<ReturnType<typeof importing>>;
  let master: Record<string, Uint8Array>;
  let built: Awaited<ReturnType<typeof building>>;
  beforeAll(async () => {
    imported = await importing(hostileRelationships());
    if (imported.code !== 0) throw new Error(imported.stderr);
    master = unzipSync(readFileSync(path.join(imported.dir, 'master.potx')));
    built = await building(imported.dir);
  }, 120_000);

  it('keeps a master.potx with no macro, OLE or executable bytes, every part typed and inside the package', () => {
    expect(packageViolations(master)).toEqual([]);
    expect(holds(master, COMPOUND_FILE)).toEqual([]);
    expect(Object.keys(master).filter((n) => n.startsWith('ppt/media/'))).toEqual(['ppt/media/image1.png']);
  });
  it('says what it left out, and why', () => {
    const notes = imported.stderr;
    expect(notes).toMatch(/note: left out of the master: ppt\/vbaProject\.bin, a picture of .*: it is not a picture/);
    expect(notes).toMatch(
      /note: left out of the master: \.\.\/\.\.\/\.\.\/x\.png, .*: it names no part inside the file/,
    );
    expect(notes).toMatch(/note: left out of the master: ppt\/media\/liar\.png, .*: it is not a picture/);
  });
  it('builds a deck with no part without a content type, no .bin picture and no OLE bytes', () => {
    expect(built.code, built.stderr).toBe(0);
    const deck = built.deck ?? {};
    expect(packageViolations(deck)).toEqual([]);
    expect(Object.keys(deck).filter((n) => /^ppt\/media\/master/.test(n))).toEqual(['ppt/media/master1.png']);
    expect(holds(deck, COMPOUND_FILE)).toEqual([]);
  });
});

describe("a template's master.potx made by hand (defence in depth)", () => {
  let template: string;
  beforeAll(async () => {
    const r = await importing(readFileSync(CORPORATE_POTX));
    if (r.code !== 0) throw new Error(r.stderr);
    template = r.dir;
  }, 60_000);
  const withMaster = (edit: (potx: Uint8Array) => Uint8Array) => {
    const dir = path.join(tmp(), 'hand-made');
    cpSync(template, dir, { recursive: true });
    const file = path.join(dir, 'master.potx');
    writeFileSync(file, edit(readFileSync(file)));
    return dir;
  };

  it('refuses one with a DTD, located in master.yaml, and builds nothing', { timeout: 60_000 }, async () => {
    const dir = withMaster((potx) =>
      editPackage(potx, { 'ppt/slideLayouts/slideLayout1.xml': (xml) => xml.replace('?>', `?>${LAUGHS}`) }),
    );
    const r = await building(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/master\.yaml:\d+:\d+/);
    expect(r.stderr).toContain('its part ppt/slideLayouts/slideLayout1.xml declares a DTD');
    expect(r.deck).toBeUndefined();
  });
  it(
    'takes no macro bytes, and no part outside the package, into the deck; and says so',
    { timeout: 60_000 },
    async () => {
      const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
      const dir = withMaster((potx) =>
        editPackage(potx, {
          'ppt/slideLayouts/_rels/slideLayout2.xml.rels': (xml) =>
            xml.replace(
              '</Relationships>',
              `<Relationship Id="rId97" Type="${R}" Target="../vbaProject.bin"/><Relationship Id="rId98" Type="${R}" Target="../../../x.png"/><Relationship Id="rId99" Type = '${R}' Target="http://example.org/x.png" TargetMode = " External "/></Relationships>`,
            ),
          'ppt/vbaProject.bin': COMPOUND_FILE,
          '../x.png': tinyPng(),
        }),
      );
      const r = await building(dir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(
        /warning \[template-asset\] master: master\.potx: left out of the master: ppt\/vbaProject\.bin/,
      );
      const deck = r.deck ?? {};
      expect(packageViolations(deck)).toEqual([]);
      expect(holds(deck, COMPOUND_FILE)).toEqual([]);
      expect(Object.keys(deck).filter((n) => n.endsWith('.bin'))).toEqual([]);
    },
  );
});

describe('one picture too large (item 12)', () => {
  const withJunk = (mib: number) => Buffer.concat([tinyPng(), Buffer.alloc(mib * 1024 * 1024)]);
  it('as the logo: left out with a note, and the import goes on', { timeout: 60_000 }, async () => {
    const r = await importing(makePotx({ picture: withJunk(30) }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /ppt\/media\/image1\.png \(30\.0 MiB at the size it would be kept; a template's logo may have 5\.0 MiB\)/,
    );
    expect(r.stderr).toContain('no logo');
  });
  it('past the cap of a part: left out with a note, the master kept', { timeout: 60_000 }, async () => {
    const bytes = editPackage(readFileSync(CORPORATE_POTX), {
      'ppt/media/big.png': withJunk(40),
      'ppt/slideLayouts/_rels/slideLayout1.xml.rels': (xml) =>
        xml.replace(
          '</Relationships>',
          '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/big.png"/></Relationships>',
        ),
      '[Content_Types].xml': (xml) =>
        xml.replace(
          '<Default Extension="jpeg"',
          '<Default Extension="png" ContentType="image/png"/><Default Extension="jpeg"',
        ),
    });
    const r = await importing(bytes);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/left out of the master: ppt\/media\/big\.png, a picture of .*: it is larger than 32 MiB/);
    expect(existsSync(path.join(r.dir, 'master.potx'))).toBe(true);
  });
});
