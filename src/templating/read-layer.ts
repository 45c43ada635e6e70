import type { z } from 'zod';
import type { YamlFile } from '../data/read-yaml-file.js';
import type { SourceFile } from '../data/source-file.js';
import { validateFile } from '../data/validate-file.js';
import { errorAt, type Problem } from '../problems/problem.js';
import { deckFileSchema, slideKindIds, type SlideKind } from '../schema/deck.js';
import { stringsSchema } from '../schema/strings.js';
import { templateMetaSchema, themeSchema, type TemplateMeta } from '../schema/template.js';
import { TEMPLATE_FILE } from './find-template.js';
import { checkImage, type ImageInfo } from './image-check.js';
import { deepPartial } from './merge.js';
import { MAX_LOGO_BYTES } from './logo-size.js';
import type { CorporateMaster } from './master/load-master.js';
import { masterFileSchema, type MasterFile } from '../schema/master.js';
import type { TemplateFolder, TemplateText } from './template-folder.js';

/** The files of a template folder, by role. */
export const FILES = {
  theme: 'theme.yaml',
  master: 'master.yaml',
  deck: 'deck.yaml',
  strings: 'text/strings.yaml',
  notes: 'text/notes',
  partials: 'text/partials',
} as const;
export const REPORTS = { html: 'reports/report.html.hbs', markdown: 'reports/summary.md.hbs' } as const;

export interface Logo {
  bytes: Buffer;
  image: Extract<ImageInfo, { ok: true }>;
  file: string;
}

/** One template folder as read: its YAML files checked against partial schemas (a template that extends another writes only what differs). */
export interface Layer {
  folder: TemplateFolder;
  meta: TemplateMeta;
  metaFile: SourceFile;
  theme?: { data: Record<string, unknown>; file: SourceFile };
  deck?: { data: Record<string, unknown>; file: SourceFile };
  strings?: { data: Record<string, unknown>; file: SourceFile };
  logo?: Logo;
  master?: CorporateMaster;
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
export async function readLayer(folder: TemplateFolder, problems: Problem[]): Promise<Layer | undefined> {
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
  const master = check(await folder.yaml(FILES.master, false), masterFileSchema);
  if (!meta) return undefined;
  const layer: Layer = { folder, meta: meta.data as TemplateMeta, metaFile: meta.file };
  if (theme) layer.theme = theme;
  if (deck) layer.deck = deck;
  if (strings) layer.strings = strings;
  if (master) {
    // Loaded only for a template that has a master: the package readers (fflate, the XML parser) stay out of other builds.
    const { loadMaster } = await import('./master/load-master.js');
    const loaded = await loadMaster(folder, master.data as MasterFile, master.file, problems);
    if (loaded) layer.master = loaded;
  }
  const logo = theme?.data.logo;
  if (typeof logo === 'string' && theme) {
    const read = await readLogo(folder, logo);
    if (read.ok) layer.logo = read.logo;
    else problems.push(errorAt(theme.file.locate(['logo']), 'template-asset', `logo: ${read.reason}`, read.hint));
  }
  return layer;
}

/** The logo a theme names: inside the folder, a real image of sensible size; an SVG is drawn to a PNG. */
async function readLogo(
  folder: TemplateFolder,
  written: string,
): Promise<{ ok: true; logo: Logo } | { ok: false; reason: string; hint: string }> {
  const read = await folder.asset(written, MAX_LOGO_BYTES);
  if (!read.ok) return read;
  const image = checkImage(read.bytes);
  if (!image.ok) return { ok: false, reason: image.reason, hint: 'use a PNG, JPEG or SVG logo of sensible size' };
  if (image.type !== 'svg') return { ok: true, logo: { bytes: read.bytes, image, file: read.file } };
  try {
    return { ok: true, logo: { ...(await rasterize(read.bytes, image.width, image.height)), file: read.file } };
  } catch {
    return {
      ok: false,
      reason: 'the SVG cannot be drawn (it is not well-formed SVG)',
      hint: 'open the logo in an SVG editor and save it again, or use a PNG',
    };
  }
}

/** The text templates: each note and report from the first layer that has it; partials from every layer, the template's own winning. */
export async function readTexts(layers: readonly Layer[]) {
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
