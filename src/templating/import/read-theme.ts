import { checkImage } from '../image-check.js';
import { MAX_LOGO_BYTES } from '../logo-size.js';
import { downscaleLogo, type StoredLogo } from './downscale-logo.js';
import { THEME_SLOTS, type ThemeSlot } from './office-palette.js';
import { parser, type XmlNode } from '../../ooxml/xml-parser.js';
import { internalRelationships as relationships } from '../../ooxml/relationships.js';
import { relsOf, resolveTarget } from '../../ooxml/part-name.js';
import { logoCandidates, notALogo } from './pick-logo.js';
import { PACKAGE_LIMITS, readPackage } from '../../ooxml/read-package.js';
import { checkXmlParts } from '../../ooxml/xml-safety.js';

/** What a corporate .pptx/.potx says about its brand. */
export interface CorporateTheme {
  name: string;
  /** dk1, lt1, dk2, lt2, accent1..6, hlink, folHlink as six hex digits. */
  colors: Record<string, string>;
  /** Which slots the first master shows as background and text (its p:clrMap: usually bg1 = lt1, tx1 = dk1). */
  colorMap: Record<'bg1' | 'tx1' | 'bg2' | 'tx2', ThemeSlot>;
  /** The first master's background when it is one solid colour of its own (not the theme's bg1). */
  background?: string;
  majorFont?: string;
  minorFont?: string;
  logo?: StoredLogo & { source: string; original: { width: number; height: number; bytes: number } };
  /** What was chosen or skipped, for the user (which picture is the logo, a format ztdeck does not read...). */
  notes: string[];
}

/** Parts of a macro-enabled file that ztdeck never reads: the VBA project and ActiveX controls. */
const MACRO_PARTS = /^ppt\/(vbaProject\.bin|vbaData\.xml|activeX\/)/;

/** A colour slot's value: srgbClr, or sysClr's last computed colour. */
function slotColor(slot: XmlNode | undefined): string | undefined {
  const srgb = (slot?.srgbClr as XmlNode | undefined)?.['@val'];
  const sys = (slot?.sysClr as XmlNode | undefined)?.['@lastClr'];
  const value = typeof srgb === 'string' ? srgb : typeof sys === 'string' ? sys : undefined;
  return value && /^[0-9A-Fa-f]{6}$/.test(value) ? value.toUpperCase() : undefined;
}

const isSlot = (v: unknown): v is ThemeSlot => THEME_SLOTS.includes(v as ThemeSlot);

/** A master's colour map; PowerPoint's usual one where it says nothing. */
function mapOf(node: XmlNode | undefined): CorporateTheme['colorMap'] {
  const at = (key: string, fallback: ThemeSlot) => {
    const v = node?.[`@${key}`];
    return isSlot(v) ? v : fallback;
  };
  return { bg1: at('bg1', 'lt1'), tx1: at('tx1', 'dk1'), bg2: at('bg2', 'lt2'), tx2: at('tx2', 'dk2') };
}

/**
 * A master's background when it is one plain colour (p:bgPr with a solid
 * fill, or p:bgRef with a colour): six hex digits, or a scheme colour through
 * the master's colour map. A colour with modifiers (lumMod...), a picture or a
 * gradient gives undefined: the theme's bg1 stands for it.
 */
function backgroundOf(
  master: XmlNode | undefined,
  map: CorporateTheme['colorMap'],
  colors: Readonly<Record<string, string>>,
): string | undefined {
  const bg = (master?.cSld as XmlNode | undefined)?.bg as XmlNode | undefined;
  const fill = ((bg?.bgPr as XmlNode | undefined)?.solidFill ?? bg?.bgRef) as XmlNode | undefined;
  const plain = (node: unknown) =>
    node && typeof node === 'object' && Object.keys(node).every((k) => k.startsWith('@'))
      ? (node as XmlNode)
      : undefined;
  const srgb = plain(fill?.srgbClr)?.['@val'];
  if (typeof srgb === 'string' && /^[0-9A-Fa-f]{6}$/.test(srgb)) return srgb.toUpperCase();
  const scheme = plain(fill?.schemeClr)?.['@val'];
  const slot = typeof scheme === 'string' ? (map[scheme as keyof typeof map] ?? scheme) : undefined;
  return isSlot(slot) ? colors[slot] : undefined;
}

/**
 * Reads the theme colours and fonts of a PowerPoint file (.potx, .pptx, or
 * their macro-enabled forms), and its logo (see pick-logo.ts), stored no
 * larger than the deck shows it. The file is only read (a zip of XML parts);
 * nothing in it runs, and macros and ActiveX controls are not even inflated.
 */
export async function readCorporateTheme(
  bytes: Uint8Array,
  options: { macroEnabled?: boolean } = {},
): Promise<CorporateTheme> {
  // The XML parts first; pictures are read only once the logo is chosen.
  const all: string[] = [];
  const parts = readPackage(bytes, (n) => {
    all.push(n);
    return (n.endsWith('.xml') || n.endsWith('.rels')) && !MACRO_PARTS.test(n);
  });
  checkXmlParts(parts);
  const names = [...parts.keys()];
  const text = (name: string) => new TextDecoder().decode(parts.get(name) ?? new Uint8Array());
  const masters = names.filter((n) => /^ppt\/slideMasters\/slideMaster\d+\.xml$/.test(n)).sort();
  const firstMaster = masters[0];
  if (!firstMaster) throw new Error('it has no slide master: is it a PowerPoint presentation or template?');
  const themeRel = relationships(text(relsOf(firstMaster))).find((r) => r.type.endsWith('/theme'));
  const themePart = (themeRel && resolveTarget(firstMaster, themeRel.target)) ?? 'ppt/theme/theme1.xml';
  const theme = parser.parse(text(themePart)) as XmlNode;
  const elements = (theme.theme as XmlNode | undefined)?.themeElements as XmlNode | undefined;
  const scheme = elements?.clrScheme as XmlNode | undefined;
  if (!scheme) throw new Error(`its theme part (${themePart}) has no colour scheme`);
  const colors: Record<string, string> = {};
  for (const slot of THEME_SLOTS) {
    const c = slotColor(scheme[slot] as XmlNode | undefined);
    if (c) colors[slot] = c;
  }
  const fonts = elements?.fontScheme as XmlNode | undefined;
  const typeface = (key: 'majorFont' | 'minorFont') => {
    const v = ((fonts?.[key] as XmlNode | undefined)?.latin as XmlNode | undefined)?.['@typeface'];
    return typeof v === 'string' && v.trim() && !v.startsWith('+') ? v.trim() : undefined;
  };
  const notes: string[] = [];
  const macros = all.filter((n) => MACRO_PARTS.test(n));
  if (macros.length || options.macroEnabled)
    notes.push(
      `macros and ActiveX controls are not used, only the theme, fonts, logo and slide master (${macros.length ? `found ${macros.slice(0, 3).join(', ')}${macros.length > 3 ? ` and ${macros.length - 3} more` : ''}` : 'none found'})`,
    );
  const master = (parser.parse(text(firstMaster)) as XmlNode).sldMaster as XmlNode | undefined;
  const colorMap = mapOf(master?.clrMap as XmlNode | undefined);
  const result: CorporateTheme = { name: String(scheme['@name'] ?? 'Imported'), colors, colorMap, notes };
  const background = backgroundOf(master, colorMap, colors);
  if (background) result.background = background;
  const major = typeface('majorFont');
  const minor = typeface('minorFont');
  if (major) result.majorFont = major;
  if (minor) result.minorFont = minor;
  const logo = await readLogo(bytes, names, text, notes);
  if (logo) result.logo = logo;
  return result;
}

/** The first candidate that is a readable PNG or JPEG of a logo's shape, downscaled; notes say what was taken and why. */
async function readLogo(
  bytes: Uint8Array,
  names: readonly string[],
  text: (part: string) => string,
  notes: string[],
): Promise<CorporateTheme['logo']> {
  const { candidates, refused } = logoCandidates(names, text);
  const skipped = refused.map((r) => `${r.media} (${r.why})`);
  for (const c of candidates) {
    const oversized: string[] = [];
    const media = readPackage(bytes, (n) => n === c.media, PACKAGE_LIMITS, oversized).get(c.media);
    if (oversized.length) {
      skipped.push(`${c.media} (larger than ${PACKAGE_LIMITS.entryBytes / 1024 / 1024} MiB)`);
      continue;
    }
    const image = media ? checkImage(Buffer.from(media)) : undefined;
    if (!media || !image?.ok || image.type === 'svg') {
      skipped.push(`${c.media} (${image && !image.ok ? image.reason : 'not a PNG or JPEG picture'})`);
      continue;
    }
    const shape = notALogo(image.width, image.height);
    if (shape) {
      skipped.push(`${c.media} (${shape})`);
      continue;
    }
    const found = { bytes: Buffer.from(media), extension: image.type, width: image.width, height: image.height };
    let stored: StoredLogo;
    try {
      stored = await downscaleLogo(found);
    } catch {
      skipped.push(`${c.media} (the picture cannot be decoded)`);
      continue;
    }
    if (stored.bytes.length > MAX_LOGO_BYTES) {
      skipped.push(
        `${c.media} (${kib(stored.bytes.length)} at the size it would be kept; a template's logo may have ${kib(MAX_LOGO_BYTES)})`,
      );
      continue;
    }
    const kind = image.type === 'jpeg' ? 'JPEG' : 'PNG';
    notes.push(
      `logo: ${c.media} (${kind}, ${image.width}×${image.height}, ${kib(media.length)}) from the ${c.place} (${c.part}), the picture shown on the most masters and layouts (${c.shownOn})${stored === found ? '' : `; stored at ${stored.width}×${stored.height} (${kib(stored.bytes.length)}), twice the largest size the deck shows it at`}`,
    );
    if (skipped.length) notes.push(`not taken as the logo: ${skipped.join('; ')}`);
    return { ...stored, source: c.media, original: { width: image.width, height: image.height, bytes: media.length } };
  }
  notes.push(
    candidates.length + refused.length === 0
      ? 'no picture on the slide masters or layouts: no logo imported'
      : `no picture on the slide masters or layouts looks like a logo: ${skipped.join('; ')}; add a logo to theme.yaml by hand`,
  );
  return undefined;
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}
