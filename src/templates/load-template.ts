import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { displayPath, type YamlFile } from '../data/read-yaml-file.js';
import type { SourceFile } from '../data/source-file.js';
import type { Problem } from '../report/problem.js';
import { deckFileSchema, slideKindIds, type DeckFile, type SlideKind } from '../schema/deck.js';
import { stringsSchema, type Strings } from '../schema/strings.js';
import { templateMetaSchema, themeSchema, type TemplateMeta, type Theme } from '../schema/template.js';
import { validateFile } from '../validate/validate-file.js';
import { findTemplate, isPathRef, TEMPLATE_FILE } from './find-template.js';
import { checkImage, type ImageInfo } from './image-check.js';
import { deepMerge, deepPartial } from './merge.js';
import { TemplateFolder, type TemplateText } from './template-folder.js';

const FILES = { theme: 'theme.yaml', deck: 'deck.yaml', strings: 'text/strings.yaml', notes: 'text/notes', partials: 'text/partials' } as const;
const REPORTS = { html: 'reports/report.html.hbs', markdown: 'reports/summary.md.hbs' } as const;
const MAX_LOGO_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 10;

export interface Logo {
  bytes: Buffer;
  image: Extract<ImageInfo, { ok: true }>;
  file: string;
}

/** A template with everything it extends folded in: what the renderers use. */
export interface Template {
  name: string;
  /** Folders of the template and of what it extends, the template's own first. */
  chain: string[];
  locale: string;
  theme: Theme;
  decks: DeckFile;
  strings: Strings;
  /** Which strings.yaml wrote each phrase ("summary.since"), to locate errors in it. */
  stringSources: Map<string, SourceFile>;
  notes: Partial<Record<SlideKind, TemplateText>>;
  partials: Map<string, TemplateText>;
  reports: { html: TemplateText; markdown: TemplateText };
  logo?: Logo;
}

interface Layer {
  folder: TemplateFolder;
  meta: TemplateMeta;
  metaFile: SourceFile;
  theme?: { data: Record<string, unknown>; file: SourceFile };
  deck?: { data: Record<string, unknown>; file: SourceFile };
  strings?: { data: Record<string, unknown>; file: SourceFile };
  logo?: Logo;
}

function leaves(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, [...prefix, k], out);
  } else {
    out.push(prefix);
  }
  return out;
}

/** An SVG logo as a PNG (PowerPoint needs a bitmap beside an SVG; a PNG alone works everywhere). */
async function rasterize(svg: Buffer, width: number, height: number): Promise<{ bytes: Buffer; image: Logo['image'] }> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const scale = Math.min(1, 1200 / Math.max(width, height)) * 2;
  const [w, h] = [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
  const canvas = createCanvas(w, h);
  canvas.getContext('2d').drawImage(await loadImage(svg), 0, 0, w, h);
  return { bytes: canvas.toBuffer('image/png'), image: { ok: true, type: 'png', width: w, height: h } };
}

/** Reads one template folder: its files checked against partial schemas, its logo checked as an image. */
async function readLayer(folder: TemplateFolder, problems: Problem[]): Promise<Layer | undefined> {
  const check = <S extends z.ZodType>(file: YamlFile | undefined, schema: S) => {
    if (!file) return undefined;
    const v = validateFile(file, schema);
    problems.push(...v.problems);
    return v.value ? { data: v.value.data as Record<string, unknown>, file: v.value.file } : undefined;
  };
  const meta = check(await folder.yaml(TEMPLATE_FILE, true), templateMetaSchema);
  const theme = check(await folder.yaml(FILES.theme, false), deepPartial(themeSchema));
  const deck = check(await folder.yaml(FILES.deck, false), deepPartial(deckFileSchema));
  const strings = check(await folder.yaml(FILES.strings, false), deepPartial(stringsSchema));
  if (!meta) return undefined;
  const layer: Layer = { folder, meta: meta.data as TemplateMeta, metaFile: meta.file };
  if (theme) layer.theme = theme;
  if (deck) layer.deck = deck;
  if (strings) layer.strings = strings;
  const logo = theme?.data.logo;
  if (typeof logo === 'string' && theme) {
    const read = await readLogo(folder, logo);
    if (read.ok) layer.logo = read.logo;
    else problems.push({ code: 'template-asset', severity: 'error', message: `logo: ${read.reason}`, hint: read.hint, location: theme.file.locate(['logo']) });
  }
  return layer;
}

/** The logo a theme names: inside the folder, a real image of sensible size; an SVG is drawn to a PNG. */
async function readLogo(folder: TemplateFolder, written: string): Promise<{ ok: true; logo: Logo } | { ok: false; reason: string; hint: string }> {
  const read = await folder.asset(written, MAX_LOGO_BYTES);
  if (!read.ok) return read;
  const image = checkImage(read.bytes);
  if (!image.ok) return { ok: false, reason: image.reason, hint: 'use a PNG, JPEG or SVG logo of sensible size' };
  if (image.type !== 'svg') return { ok: true, logo: { bytes: read.bytes, image, file: read.file } };
  try {
    return { ok: true, logo: { ...(await rasterize(read.bytes, image.width, image.height)), file: read.file } };
  } catch {
    return { ok: false, reason: 'the SVG cannot be drawn (it is not well-formed SVG)', hint: 'open the logo in an SVG editor and save it again, or use a PNG' };
  }
}

/**
 * Loads a template and what it extends (a name or a path, resolved against
 * `base`), merges them (the template's own values win), and checks the result.
 * Every problem of every file is reported, located.
 */
export async function loadTemplate(ref: string, options: { base?: string; cwd?: string } = {}): Promise<{ template?: Template; problems: Problem[] }> {
  const cwd = options.cwd ?? process.cwd();
  const problems: Problem[] = [];
  const layers: Layer[] = [];
  const seen: string[] = [];
  let next: { ref: string; base: string; siblings: boolean; from?: SourceFile } | undefined = { ref, base: options.base ?? cwd, siblings: false };
  while (next) {
    const found = await findTemplate(next.ref, next.base, cwd, next.siblings);
    if (!found.ok) {
      problems.push({ code: 'unknown-template', severity: 'error', message: found.message, hint: found.hint, ...(next.from ? { location: next.from.locate(['extends']) } : {}) });
      return { problems };
    }
    const real = await realpath(found.dir);
    if (seen.includes(real) || seen.length >= MAX_DEPTH) {
      const names = [...seen, real].map((d) => path.basename(d));
      const circle = seen.includes(real);
      problems.push({
        code: 'template-cycle', severity: 'error',
        message: circle ? `templates extend each other in a circle: ${names.join(' → ')}` : `templates extend each other more than ${MAX_DEPTH} deep: ${names.join(' → ')}`,
        hint: circle ? 'remove extends: from one of them' : `merge some of them; at most ${MAX_DEPTH} templates can extend one another`,
        ...(next.from ? { location: next.from.locate(['extends']) } : {}),
      });
      return { problems };
    }
    seen.push(real);
    const layer = await readLayer(new TemplateFolder(found.dir, problems), problems);
    if (!layer) return { problems };
    layers.push(layer);
    // A path in template.yaml resolves against the template's own folder; a name is looked for beside it first.
    const ext = layer.meta.extends;
    next = ext ? { ref: ext, base: isPathRef(ext) ? found.dir : path.dirname(found.dir), siblings: true, from: layer.metaFile } : undefined;
  }
  // Texts are read before anything is merged, so a run reports the problems of every file at once.
  const texts = await readTexts(layers);
  if (problems.some((p) => p.severity === 'error')) return { problems };

  const own = layers[0] as Layer;
  const rootFirst = [...layers].reverse();
  const merged = (key: 'theme' | 'deck' | 'strings') => rootFirst.reduce<unknown>((acc, l) => (l[key] ? deepMerge(acc, l[key]?.data) : acc), {});
  const complete = <S extends z.ZodType>(key: 'theme' | 'deck' | 'strings', schema: S): z.output<S> | undefined => {
    const value = key === 'deck' ? mergeDecks(rootFirst) : merged(key);
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    const file = layers.find((l) => l[key])?.[key]?.file;
    const missing = r.error.issues.slice(0, 5).map((i) => i.path.join('.')).join(', ');
    problems.push({
      code: 'template-incomplete', severity: 'error',
      message: `template ${path.basename(own.folder.dir)} does not define ${missing || key}${r.error.issues.length > 5 ? ` and ${r.error.issues.length - 5} more` : ''}`,
      hint: `add them to ${FILES[key]}, or write extends: default in ${TEMPLATE_FILE} to take the rest from the default template`,
      location: file ? { file: file.displayPath } : { file: displayPath(path.join(own.folder.dir, FILES[key])) },
    });
    return undefined;
  };
  const theme = complete('theme', themeSchema);
  const decks = complete('deck', deckFileSchema);
  const strings = complete('strings', stringsSchema);

  const stringSources = new Map<string, SourceFile>();
  for (const l of rootFirst) if (l.strings) for (const leaf of leaves(l.strings.data)) stringSources.set(leaf.join('.'), l.strings.file);

  const { notes, partials, html, markdown } = texts;
  for (const [rel, t] of [[REPORTS.html, html], [REPORTS.markdown, markdown]] as const) {
    if (!t) problems.push({ code: 'template-incomplete', severity: 'error', message: `template ${path.basename(own.folder.dir)} has no ${rel}`, hint: `add it, or extend a template that has it`, location: { file: displayPath(path.join(own.folder.dir, rel)) } });
  }
  for (const kind of slideKindIds) {
    if (!notes[kind]) problems.push({ code: 'template-incomplete', severity: 'error', message: `template ${path.basename(own.folder.dir)} has no speaker notes for ${kind} slides`, hint: `add ${FILES.notes}/${kind}.hbs, or extend a template that has it`, location: { file: displayPath(path.join(own.folder.dir, FILES.notes)) } });
  }
  if (!theme || !decks || !strings || !html || !markdown || problems.some((p) => p.severity === 'error')) return { problems };
  const logo = layers.find((l) => l.theme?.data.logo !== undefined)?.logo;
  return {
    template: {
      name: path.basename(own.folder.dir), chain: layers.map((l) => l.folder.dir),
      locale: layers.find((l) => l.meta.locale)?.meta.locale ?? 'en-GB',
      theme, decks, strings, stringSources, notes, partials, reports: { html, markdown },
      ...(logo ? { logo } : {}),
    },
    problems,
  };
}

/** The text templates: each note and report from the first layer that has it; partials from every layer, the template's own winning. */
async function readTexts(layers: readonly Layer[]) {
  const firstText = async (rel: string) => {
    for (const l of layers) {
      const t = await l.folder.text(rel);
      if (t) return t;
    }
    return undefined;
  };
  const notes: Partial<Record<SlideKind, TemplateText>> = {};
  for (const kind of slideKindIds) {
    const t = await firstText(`${FILES.notes}/${kind}.hbs`);
    if (t) notes[kind] = t;
  }
  const partials = new Map<string, TemplateText>();
  for (const l of [...layers].reverse()) {
    for (const name of await l.folder.names(FILES.partials, '.hbs')) {
      const t = await l.folder.text(`${FILES.partials}/${name}`);
      if (t) partials.set(name.replace(/\.hbs$/, ''), t);
    }
  }
  return { notes, partials, html: await firstText(REPORTS.html), markdown: await firstText(REPORTS.markdown) };
}

/** Decks merge by name: a template's deck replaces the deck of the same name it extends. */
function mergeDecks(rootFirst: Layer[]): unknown {
  let out: { default?: unknown; decks: Record<string, unknown> } = { decks: {} };
  for (const l of rootFirst) {
    const d = l.deck?.data as { default?: unknown; decks?: Record<string, unknown> } | undefined;
    if (!d) continue;
    out = { ...out, ...(d.default !== undefined ? { default: d.default } : {}), decks: { ...out.decks, ...(d.decks ?? {}) } };
  }
  return out;
}
