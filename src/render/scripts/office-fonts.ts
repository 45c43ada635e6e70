import { unescapeXml } from '../../ooxml/xml-text.js';

/**
 * The face of each script in a deck's theme: the ones Office's own theme
 * names, unless a corporate master's theme or the template's theme.yaml
 * (`fonts.scripts`) names another.
 */

/** A face for headings (the theme's major font) and one for body text (minor). */
export interface ScriptFace {
  readonly heading: string;
  readonly body: string;
}

const both = (face: string): ScriptFace => ({ heading: face, body: face });

/**
 * The per-script fonts of the "Office Theme" of PowerPoint 2013–2022
 * (ppt/theme/theme1.xml of a new presentation, <a:majorFont> and
 * <a:minorFont>), in its order. The same list is in the PowerPoint-made
 * templates of test/fixtures/corporate-templates (catppuccin-latte.potx,
 * mecanon-ufrj.potx), which test/unit/render/scripts/office-fonts.test.ts
 * compares it with.
 */
export const OFFICE_SCRIPT_FONTS: Readonly<Record<string, ScriptFace>> = {
  Jpan: { heading: '游ゴシック Light', body: '游ゴシック' },
  Hang: both('맑은 고딕'),
  Hans: { heading: '等线 Light', body: '等线' },
  Hant: both('新細明體'),
  Arab: { heading: 'Times New Roman', body: 'Arial' },
  Hebr: { heading: 'Times New Roman', body: 'Arial' },
  Thai: { heading: 'Angsana New', body: 'Cordia New' },
  Ethi: both('Nyala'),
  Beng: both('Vrinda'),
  Gujr: both('Shruti'),
  Khmr: { heading: 'MoolBoran', body: 'DaunPenh' },
  Knda: both('Tunga'),
  Guru: both('Raavi'),
  Cans: both('Euphemia'),
  Cher: both('Plantagenet Cherokee'),
  Yiii: both('Microsoft Yi Baiti'),
  Tibt: both('Microsoft Himalaya'),
  Thaa: both('MV Boli'),
  Deva: both('Mangal'),
  Telu: both('Gautami'),
  Taml: both('Latha'),
  Syrc: both('Estrangelo Edessa'),
  Orya: both('Kalinga'),
  Mlym: both('Kartika'),
  Laoo: both('DokChampa'),
  Sinh: both('Iskoola Pota'),
  Mong: both('Mongolian Baiti'),
  Viet: { heading: 'Times New Roman', body: 'Arial' },
  Uigh: both('Microsoft Uighur'),
  Geor: both('Sylfaen'),
  Armn: both('Arial'),
  Bugi: both('Leelawadee UI'),
  Bopo: both('Microsoft JhengHei'),
  Java: both('Javanese Text'),
  Lisu: both('Segoe UI'),
  Mymr: both('Myanmar Text'),
  Nkoo: both('Ebrima'),
  Olck: both('Nirmala UI'),
  Osma: both('Ebrima'),
  Phag: both('Phagspa'),
  Syrn: both('Estrangelo Edessa'),
  Syrj: both('Estrangelo Edessa'),
  Syre: both('Estrangelo Edessa'),
  Sora: both('Nirmala UI'),
  Tale: both('Microsoft Tai Le'),
  Talu: both('Microsoft New Tai Lue'),
  Tfng: both('Ebrima'),
};

/** What a theme's font scheme says: the Latin, East Asian and complex-script faces and the per-script list. */
export interface FontCollection {
  latin: string;
  ea: string;
  cs: string;
  scripts: Map<string, string>;
}

/** The major (heading) and minor (body) font collections of a theme part, or undefined without a font scheme. */
export function readFontScheme(xml: string): { major: FontCollection; minor: FontCollection } | undefined {
  const collection = (which: 'major' | 'minor'): FontCollection | undefined => {
    const block = new RegExp(`<a:${which}Font>([\\s\\S]*?)</a:${which}Font>`).exec(xml)?.[1];
    if (block === undefined) return undefined;
    const face = (tag: string) =>
      unescapeXml(new RegExp(`<a:${tag}\\b[^>]*\\btypeface="([^"]*)"`).exec(block)?.[1] ?? '');
    const scripts = new Map<string, string>();
    for (const m of block.matchAll(/<a:font\b[^>]*\bscript="([^"]+)"[^>]*\btypeface="([^"]*)"/g))
      if (m[1] && m[2]) scripts.set(m[1], unescapeXml(m[2]));
    return { latin: face('latin'), ea: face('ea'), cs: face('cs'), scripts };
  };
  const major = collection('major');
  const minor = collection('minor');
  return major && minor ? { major, minor } : undefined;
}

/** theme.yaml's `fonts.scripts`: a name for both, or one for each. */
export type ScriptFontsSetting = Readonly<Record<string, string | { heading: string; body: string }>>;

/**
 * The face of each script: theme.yaml's, else the master theme's, else Office's; Office's order first, then the others in the
 * order met.
 */
export function scriptFaces(
  setting: ScriptFontsSetting | undefined,
  master?: { major: FontCollection; minor: FontCollection },
): Map<string, ScriptFace> {
  const out = new Map<string, ScriptFace>();
  const codes = [
    ...Object.keys(OFFICE_SCRIPT_FONTS),
    ...(master ? [...master.major.scripts.keys(), ...master.minor.scripts.keys()] : []),
    ...Object.keys(setting ?? {}),
  ];
  for (const code of codes) {
    if (out.has(code)) continue;
    const own = setting && Object.hasOwn(setting, code) ? setting[code] : undefined;
    const office = Object.hasOwn(OFFICE_SCRIPT_FONTS, code) ? OFFICE_SCRIPT_FONTS[code] : undefined;
    const heading = master?.major.scripts.get(code) ?? office?.heading ?? master?.minor.scripts.get(code);
    const body = master?.minor.scripts.get(code) ?? office?.body ?? heading;
    if (own !== undefined) out.set(code, typeof own === 'string' ? both(own) : own);
    else if (heading !== undefined && body !== undefined) out.set(code, { heading, body });
  }
  return out;
}
