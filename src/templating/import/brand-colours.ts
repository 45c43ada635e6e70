import type { Theme } from '../../schema/template.js';
import type { CorporateTheme } from './read-theme.js';
import { contrastRatio } from '../contrast.js';
import { changeNote, fitColours, unfixedNote } from '../fit-colours.js';
import { OFFICE_PALETTES, stockPalette } from './office-palette.js';

type Colors = Theme['colors'];

function channels(hex: string): [number, number, number] {
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** `a` moved towards `b` by `t` (0..1). */
function mix(a: string, b: string, t: number): string {
  const [x, y] = [channels(a), channels(b)];
  return x
    .map((c, i) =>
      Math.round(c + ((y[i] ?? 0) - c) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/** White or near-black, whichever contrasts more with the colour. */
const onColor = (hex: string) => (contrastRatio('FFFFFF', hex) >= contrastRatio('1A1A1A', hex) ? 'FFFFFF' : '1A1A1A');

/** The colours ztdeck derives from the brand's rather than reads: re-derived once the brand's are fitted. */
function derived(c: Colors): Pick<Colors, 'muted' | 'line' | 'on_accent' | 'on_sidebar'> {
  return {
    muted: mix(c.text, c.background, 0.3),
    line: mix(c.text, c.background, 0.8),
    on_accent: onColor(c.accent),
    on_sidebar: onColor(c.sidebar),
  };
}

/** The brand's theme colours in ztdeck's roles, over the parent template's colours. */
function fromTheme(t: BrandSource, base: Colors): Colors {
  const s = t.colors;
  const text = s[t.colorMap.tx1] ?? base.text;
  const background = t.background ?? s[t.colorMap.bg1] ?? base.background;
  const accents = ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6']
    .map((k) => s[k])
    .filter((x): x is string => x !== undefined);
  const c: Colors = {
    ...base,
    background,
    text,
    accent: s.accent1 ?? base.accent,
    surface: s[t.colorMap.bg2] ?? mix(text, background, 0.94),
    sidebar: s[t.colorMap.tx2] ?? text,
    ...(accents.length >= 4 ? { stages: accents.slice(0, 4) } : {}),
    ...(accents.length >= 3 ? { chart: accents } : {}),
    ...(s.hlink ? { hyperlink: s.hlink } : {}),
    ...(s.folHlink ? { followed_hyperlink: s.folHlink } : {}),
  };
  return { ...c, ...derived(c) };
}

/** What the import reads of a theme's colours (see read-theme.ts). */
export type BrandSource = Pick<CorporateTheme, 'colors' | 'colorMap' | 'background'>;

/** What the import makes of a theme's colours: what to write in theme.yaml, and what to tell the user. */
export interface ImportedColours {
  /** Only the colours that differ from the parent template's. */
  colors: Partial<Colors>;
  notes: string[];
}

/**
 * The brand's colours in ztdeck's roles, each failing colour moved to the
 * nearest shade that passes its contrast checks (see contrast-roles.ts). A
 * theme that is Office's stock palette is not a brand: the parent's colours
 * are kept, with the theme's accent1 when the brand set one of its own.
 */
export function importedColours(t: BrandSource, base: Colors): ImportedColours {
  const slots = t.colors;
  const notes: string[] = [];
  const stock = stockPalette(slots);
  let brand: Colors;
  if (stock) {
    const stockValues: readonly string[] = Object.values(OFFICE_PALETTES[stock.name]);
    const own = slots.accent1 !== undefined && !stockValues.includes(slots.accent1);
    brand = own && slots.accent1 ? { ...base, accent: slots.accent1, on_accent: onColor(slots.accent1) } : base;
    notes.push(
      `the theme uses Office's default colours (${stock.name}, ${stock.matches} of 12 slots); set brand colours in theme.yaml. The default template's colours are kept${own ? `, with accent1 ${slots.accent1} as the accent` : ''}`,
    );
  } else {
    brand = fromTheme(t, base);
    const bg1 = slots[t.colorMap.bg1];
    if (t.background && bg1 && t.background !== bg1)
      notes.push(
        `background ${t.background}: the slide master's own background (the theme's ${t.colorMap.bg1} is ${bg1})`,
      );
  }
  // Fit the brand's colours, derive ztdeck's own from the fitted ones, and fit again.
  const first = fitColours(brand);
  const again = fitColours({ ...first.colors, ...(stock ? {} : derived(first.colors)) });
  const ours = new Set(Object.keys(derived(brand)));
  for (const change of [...first.changes.filter((ch) => stock || !ours.has(ch.slot.name)), ...again.changes])
    notes.push(changeNote(change));
  for (const f of again.unfixed) notes.push(unfixedNote(f));
  return { colors: written(again.colors, base, stock ? [] : BRAND_KEYS), notes };
}

/** The keys an imported theme sets from the brand's slots (written even where they equal the parent's). */
const BRAND_KEYS: readonly (keyof Colors)[] = [
  'background',
  'surface',
  'text',
  'muted',
  'line',
  'accent',
  'on_accent',
  'sidebar',
  'on_sidebar',
  'stages',
  'chart',
  'hyperlink',
  'followed_hyperlink',
];

/** The colours to write: the brand's keys, and of the others only what the fitting changed (one member of a group). */
function written(colors: Colors, base: Colors, keys: readonly (keyof Colors)[]): Partial<Colors> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(colors) as (keyof Colors)[]) {
    const [now, was]: unknown[] = [colors[k], base[k]];
    if (now === undefined) continue;
    if (keys.includes(k)) out[k] = now;
    else if (isRecord(now) && isRecord(was)) {
      const changed = Object.entries(now).filter(([m, v]) => was[m] !== v);
      if (changed.length) out[k] = Object.fromEntries(changed);
    } else if (JSON.stringify(now) !== JSON.stringify(was)) out[k] = now;
  }
  return out as Partial<Colors>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
