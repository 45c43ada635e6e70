import { createRequire } from 'node:module';
import * as pptxgenModule from 'pptxgenjs';
import type Pptx from 'pptxgenjs';

/**
 * pptxgenjs ships CommonJS-style typings for an ES module, so TypeScript and
 * Node disagree about its default export. This adapter is the one place that
 * bridges them; everything else imports the class and types from here.
 */
export type PptxGenJS = InstanceType<typeof Pptx.default>;
export const PptxGenJSClass = (pptxgenModule as unknown as { default: typeof Pptx.default }).default;

export type Slide = Pptx.default.Slide;
export type TableRow = Pptx.default.TableRow;
export type TableCell = Pptx.default.TableCell;
export type TableCellProps = Pptx.default.TableCellProps;
export type TextPropsOptions = Pptx.default.TextPropsOptions;
export type TextProps = Pptx.default.TextProps;
export type ShapeProps = Pptx.default.ShapeProps;
export type ChartData = Pptx.default.OptsChartData;
export type ChartOptions = Pptx.default.IChartOpts;
export type ChartName = Pptx.default.CHART_NAME;
export type ShapeName = Pptx.default.SHAPE_NAME;

/** The output type pptxgenjs passes on to JSZip for which JSZip hands back itself instead of zipping. */
const PARTS = 'ztdeck-parts';

interface JSZipFile {
  dir: boolean;
  /** JSZip's content of a file added from memory: a promise of the text, a "binary string", or the bytes. */
  _data?: unknown;
  _dataBinary?: boolean;
  async(type: 'uint8array'): Promise<Uint8Array>;
}
interface JSZipLike {
  files: Record<string, JSZipFile>;
  generateAsync(options: { type: string }): Promise<unknown>;
  file(name: string, data?: unknown, options?: unknown): unknown;
}

/** The parts pptxgenjs writes most of: a slide's and its notes' XML. */
const SLIDE_TEXT = /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/;
const encoder = new TextEncoder();

let patched = false;
/**
 * pptxgenjs's JSZip, taught one more output type: itself. It is the JSZip
 * module pptxgenjs imports (resolved from pptxgenjs's folder); any other
 * output type is zipped as before. And a slide's XML is kept as UTF-8 bytes
 * from the moment pptxgenjs adds it: pptxgenjs builds it by concatenation,
 * and the text it hands over is a tree of small strings several times the
 * size of its bytes, which would otherwise stay alive until the deck is
 * written (hundreds of megabytes for a deck of 200 slides).
 */
function teachJSZip(): void {
  if (patched) return;
  const require = createRequire(createRequire(import.meta.url).resolve('pptxgenjs'));
  const JSZip = require('jszip') as { prototype: JSZipLike };
  const generate = JSZip.prototype.generateAsync;
  JSZip.prototype.generateAsync = function (this: JSZipLike, options: { type: string }) {
    return options.type === PARTS ? Promise.resolve(this) : generate.call(this, options);
  };
  const file = JSZip.prototype.file;
  // file(name) alone reads a file (JSZip counts the arguments): only a slide written without options is changed.
  JSZip.prototype.file = function (this: JSZipLike, ...args: unknown[]) {
    const [name, data] = args;
    if (args.length === 2 && typeof name === 'string' && typeof data === 'string' && SLIDE_TEXT.test(name))
      return file.call(this, name, encoder.encode(data));
    return (file as (...a: unknown[]) => unknown).apply(this, args);
  };
  patched = true;
}

/**
 * The parts of the presentation by name, as pptxgenjs made them (XML as text,
 * pictures and workbooks as bytes), without zipping them first: the
 * post-processing works on the parts and writes the one zip. Zipping them
 * (JSZip, a file at a time with a CRC of every byte) and reading the zip again
 * took about a seventh of a warm deck's time.
 */
export async function presentationParts(pptx: PptxGenJS): Promise<Map<string, string | Uint8Array>> {
  teachJSZip();
  const zip = (await pptx.write({ outputType: PARTS as 'uint8array' })) as unknown as JSZipLike;
  const parts = new Map<string, string | Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const data = await file._data;
    if (typeof data === 'string') parts.set(name, file._dataBinary ? Buffer.from(data, 'latin1') : data);
    else if (data instanceof Uint8Array) parts.set(name, data);
    else parts.set(name, await file.async('uint8array'));
  }
  return parts;
}
