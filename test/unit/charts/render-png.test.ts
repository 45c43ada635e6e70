import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../../src/charts/registry.js';
import { renderPngs, SCALE } from '../../../src/charts/render-png.js';
import { repoRoot } from '../../helpers/cli.js';
import { defaultTemplate, modelOf } from '../../helpers/program.js';

const { theme, wording } = await defaultTemplate();
const model = await modelOf('data');
const specs = chartSpecs(model, theme, wording);

/** Width and height from the PNG header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Share of pixels that differ from the top-left (background) pixel. */
async function inkShare(png: Buffer): Promise<number> {
  const img = await loadImage(png);
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, img.width, img.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4)
    if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) ink++;
  return ink / (data.length / 4);
}

describe('PNG charts', async () => {
  const pngs = await renderPngs(specs, theme);

  it('draws every spec at twice its size', () => {
    expect(pngs.size).toBe(specs.length);
    for (const spec of specs)
      expect(pngSize(pngs.get(spec.id)!), spec.id).toEqual({
        width: spec.size.width * SCALE,
        height: spec.size.height * SCALE,
      });
  });
  it('draws something in every chart', async () => {
    for (const [id, png] of pngs) expect(await inkShare(png), id).toBeGreaterThan(0.02);
  });
  it('has an opaque background', async () => {
    const img = await loadImage(pngs.get('overall-progress')!);
    const { createCanvas } = await import('@napi-rs/canvas');
    const ctx = createCanvas(img.width, img.height).getContext('2d');
    ctx.drawImage(img, 0, 0);
    expect([...ctx.getImageData(0, 0, 1, 1).data]).toEqual([255, 255, 255, 255]);
  });
  it('gives the same bytes twice', async () => {
    const again = await renderPngs(specs.slice(0, 3), theme);
    for (const [id, png] of again) expect(png.equals(pngs.get(id)!), id).toBe(true);
  });
  it('draws the same text on a machine without fonts (the bundled font is used)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-fonts-'));
    const script = path.join(dir, 'draw.mjs');
    writeFileSync(
      script,
      `
      import { loadTemplate } from ${JSON.stringify(path.join(repoRoot, 'dist/templating/load-template.js'))};
      import { renderPngs } from ${JSON.stringify(path.join(repoRoot, 'dist/charts/render-png.js'))};
      import { writeFileSync } from 'node:fs';
      const theme = (await loadTemplate('default')).template.theme;
      const spec = ${JSON.stringify(specs.find((s) => s.id === 'status-mix'))};
      writeFileSync(${JSON.stringify(path.join(dir, 'out.png'))}, (await renderPngs([spec], theme)).get(spec.id));
    `,
    );
    execFileSync(process.execPath, [script], {
      env: {
        PATH: process.env.PATH ?? '',
        FONTCONFIG_FILE: '/nonexistent',
        FONTCONFIG_PATH: dir,
        HOME: dir,
        XDG_DATA_HOME: dir,
      },
      cwd: repoRoot,
    });
    expect(readFileSync(path.join(dir, 'out.png')).equals(pngs.get('status-mix')!)).toBe(true);
  });
});
