import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { completeFontScheme } from '../../../../src/render/pptx/postprocess/font-scheme.js';
import { deckLanguage } from '../../../../src/render/scripts/language.js';
import { OFFICE_SCRIPT_FONTS, readFontScheme, scriptFaces } from '../../../../src/render/scripts/office-fonts.js';
import type { Theme } from '../../../../src/schema/template.js';
import { loadTemplate } from '../../../../src/templating/load-template.js';
import { fixturesDir } from '../../../helpers/cli.js';

const themeOf = (potx: string) =>
  strFromU8(
    unzipSync(readFileSync(path.join(fixturesDir, 'corporate-templates', potx)))['ppt/theme/theme1.xml'] ??
      new Uint8Array(),
  );
const theme = (await loadTemplate('default')).template!.theme as Theme;

describe("Office's per-script fonts", () => {
  it('are those of the Office theme of the templates made in PowerPoint, in its order', () => {
    for (const potx of ['catppuccin-latte.potx', 'mecanon-ufrj.potx']) {
      const scheme = readFontScheme(themeOf(potx));
      expect(Object.keys(OFFICE_SCRIPT_FONTS)).toEqual([...(scheme?.major.scripts.keys() ?? [])]);
      for (const [script, face] of Object.entries(OFFICE_SCRIPT_FONTS)) {
        expect(scheme?.major.scripts.get(script), `${potx} ${script}`).toBe(face.heading);
        expect(scheme?.minor.scripts.get(script), `${potx} ${script}`).toBe(face.body);
      }
    }
  });

  it("take theme.yaml's face first, then a master's, then Office's", () => {
    const master = readFontScheme(
      '<a:majorFont><a:latin typeface="Segoe UI"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="Meiryo UI"/><a:font script="Zzzz" typeface="Own &amp; Co"/></a:majorFont><a:minorFont><a:latin typeface="Segoe UI"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="Meiryo"/></a:minorFont>',
    );
    const faces = scriptFaces({ Arab: 'Dubai', Hebr: { heading: 'David', body: 'Arial' } }, master);
    expect(faces.get('Jpan')).toEqual({ heading: 'Meiryo UI', body: 'Meiryo' });
    expect(faces.get('Zzzz')).toEqual({ heading: 'Own & Co', body: 'Own & Co' });
    expect(faces.get('Arab')).toEqual({ heading: 'Dubai', body: 'Dubai' });
    expect(faces.get('Hebr')).toEqual({ heading: 'David', body: 'Arial' });
    expect(faces.get('Hans')).toEqual({ heading: '等线 Light', body: '等线' });
    expect([...faces.keys()].slice(0, 3)).toEqual(['Jpan', 'Hang', 'Hans']);
  });
});

describe('completeFontScheme on the themes of corporate masters', () => {
  const arabic = deckLanguage('ar-SA', 'en-GB');
  it('keeps a master’s own East Asian and complex-script faces and adds the per-script list it lacks', () => {
    const vivid = completeFontScheme(
      themeOf('lo-vivid.potx'),
      { ...theme, fonts: { heading: 'Arial', body: 'Arial' } },
      arabic,
      new Map(),
    );
    const minor = /<a:minorFont>[\s\S]*?<\/a:minorFont>/.exec(vivid)?.[0] ?? '';
    expect(minor).toMatch(
      /^<a:minorFont><a:latin typeface="Arial"\/><a:ea typeface="DejaVu Sans"\/><a:cs typeface="DejaVu Sans"\/>/,
    );
    expect(minor).toContain('<a:font script="Arab" typeface="Arial"/>');
    expect(minor).toContain('<a:font script="Jpan" typeface="游ゴシック"/>');
  });
  it('fills the empty ones of a master without a list from the program’s language', () => {
    const graph = completeFontScheme(
      themeOf('msgraph-training.potx'),
      { ...theme, fonts: { heading: 'Segoe UI Light', body: 'Segoe UI' } },
      arabic,
      new Map([['ja-JP', 3]]),
    );
    expect(graph).toMatch(
      /<a:majorFont><a:latin typeface="Segoe UI Light"\/><a:ea typeface="游ゴシック Light"\/><a:cs typeface="Times New Roman"\/>/,
    );
    expect(graph).toMatch(
      /<a:minorFont><a:latin typeface="Segoe UI"\/><a:ea typeface="游ゴシック"\/><a:cs typeface="Arial"\/>/,
    );
  });
  it('leaves ea and cs empty, as Office does, in a deck with no text of such a script', () => {
    const english = completeFontScheme(
      themeOf('msgraph-training.potx'),
      theme,
      deckLanguage('en-GB', 'en-GB'),
      new Map([['en-GB', 400]]),
    );
    expect(english).toMatch(
      /<a:minorFont><a:latin typeface="Calibri"\/><a:ea typeface=""\/><a:cs typeface=""\/><a:font script="Jpan"/,
    );
  });
});
