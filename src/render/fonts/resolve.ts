import type { FontClass } from './face-data.js';
import { FAMILIES, guessClass, normalizeFamily, type FamilySpec } from './families.js';
import { faceData, faceLineEm, faceOf, familiesOfClass, LIBREOFFICE_LINE_EM } from './faces.js';
import { buildWidthTable, type ScriptFaces, type WidthTable } from './width-table.js';

/** The measures of a font name, ready for textWidthPt and lineHeightPt. */
export interface FontMetrics {
  /** The name as asked, normalized ("segoe ui"). */
  readonly family: string;
  /** The fonts whose widths are used, widest per character ("Liberation Sans / DejaVu Sans"). */
  readonly measuredAs: string;
  readonly fontClass: FontClass;
  /** Single line spacing in em: the largest of LibreOffice's 1.2 and what PowerPoint takes from the fonts. */
  readonly lineEm: number;
  /** Ascender and descender in em (hhea, the largest of the faces), for placing a baseline. */
  readonly ascentEm: number;
  readonly descentEm: number;
  /** Widths by character, regular and bold. */
  readonly regular: WidthTable;
  readonly bold: WidthTable;
}

/** Set when a font name is not known: what it is measured as instead, and why. */
export interface FontFallback {
  readonly assumed: string;
  readonly reason: string;
}

export interface ResolvedFont {
  readonly metrics: FontMetrics;
  readonly fallback?: FontFallback;
}

const CLASS_NAME: Record<FontClass, string> = { sans: 'sans-serif', serif: 'serif', mono: 'monospaced' };
const resolved = new Map<string, ResolvedFont>();
/** By the name exactly as given, so measuring by name skips normalizing it again. */
const byRawName = new Map<string, ResolvedFont>();

/**
 * The blocks of the scripts whose face a deck names apart from its Latin
 * font (theme fonts.scripts, a master's or Office's: Arial for Arabic and
 * Hebrew body text, Times New Roman for headings). CJK faces (Yu Gothic,
 * DengXian, Malgun Gothic, PMingLiU; Noto Sans CJK where LibreOffice draws
 * them) set ideographs, kana and hangul on a full em, as fallback-widths.ts
 * measures them, so they need no face here.
 */
const SCRIPT_BLOCKS: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  Arab: [
    [0x0600, 0x06ff],
    [0x0750, 0x077f],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ],
  Hebr: [
    [0x0590, 0x05ff],
    [0xfb1d, 0xfb4f],
  ],
};

/** A script's characters the font lacks, measured also in the faces of the name the deck gives that script. */
function scriptFaces(scripts: Readonly<Record<string, string>>): ScriptFaces[] {
  return Object.entries(SCRIPT_BLOCKS).flatMap(([code, blocks]) => {
    const named = scripts[code] === undefined ? undefined : normalizeFamily(scripts[code]);
    return named !== undefined && isKnown(named) ? [{ blocks, faces: FAMILIES[named].faces }] : [];
  });
}

function build(family: string, spec: FamilySpec, scripts: readonly ScriptFaces[] = []): FontMetrics {
  const faces = spec.faces.map((f) => faceData(faceOf(f, false)));
  const lineEm = Math.max(
    LIBREOFFICE_LINE_EM,
    spec.lineEm ?? 0,
    ...spec.faces.flatMap((f) => [faceLineEm(faceOf(f, false)), faceLineEm(faceOf(f, true))]),
  );
  return {
    family,
    measuredAs: [...new Set(faces.map((f) => f.family))].join(' / '),
    fontClass: spec.fontClass,
    lineEm,
    ascentEm: Math.max(...faces.map((f) => f.hhea[0] / f.unitsPerEm)),
    descentEm: Math.max(...faces.map((f) => -f.hhea[1] / f.unitsPerEm)),
    regular: buildWidthTable(spec.faces, spec.fontClass, false, spec.scale, scripts),
    bold: buildWidthTable(spec.faces, spec.fontClass, true, spec.scale, scripts),
  };
}

function isKnown(family: string): family is keyof typeof FAMILIES {
  return Object.hasOwn(FAMILIES, family);
}

/**
 * The metrics of a font name as a template writes it: case, quotes and spaces
 * do not matter, aliases resolve (Calibri → Carlito, Arial → Liberation Sans...,
 * see FAMILIES). An unknown name is measured as the widest known font of its
 * class, guessed from the name, and `fallback` says so: the caller warns once
 * (fontResolver does). Resolved once per name.
 */
export function fontMetrics(name: string, scripts: Readonly<Record<string, string>> = {}): ResolvedFont {
  const extra = scriptFaces(scripts);
  const key = extra.length ? `|${JSON.stringify(extra)}` : '';
  const cached = byRawName.get(name + key);
  if (cached) return cached;
  const family = normalizeFamily(name);
  let found = resolved.get(family + key);
  if (!found) {
    if (isKnown(family)) {
      found = { metrics: build(family, FAMILIES[family], extra) };
    } else {
      const fontClass = guessClass(family);
      const faces = familiesOfClass(fontClass);
      const metrics = build(family, { faces, fontClass, why: 'unknown' }, extra);
      const assumed = `the widest known ${CLASS_NAME[fontClass]} font (${metrics.measuredAs}, widest per character)`;
      found = {
        metrics,
        fallback: {
          assumed,
          reason: `"${name.trim()}" is not a font ztdeck has metrics for, so text in it is measured as ${assumed}`,
        },
      };
    }
    resolved.set(family + key, found);
  }
  byRawName.set(name + key, found);
  return found;
}

/**
 * A resolver for one build: `resolve(name)` returns the metrics and calls
 * `onFallback` the first time each unknown name is met, so a build warns once
 * per font it has to guess.
 */
export function fontResolver(
  onFallback: (name: string, fallback: FontFallback) => void,
): (name: string, scripts?: Readonly<Record<string, string>>) => FontMetrics {
  const warned = new Set<string>();
  return (name, scripts) => {
    const { metrics, fallback } = fontMetrics(name, scripts);
    if (fallback && !warned.has(metrics.family)) {
      warned.add(metrics.family);
      onFallback(name, fallback);
    }
    return metrics;
  };
}
