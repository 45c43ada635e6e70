import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../../src/charts/registry.js';
import { renderPngs } from '../../../src/charts/render-png.js';
import { renderDeck } from '../../../src/render/pptx/render-deck.js';
import { loadTemplate } from '../../../src/templates/load-template.js';
import { openDeck } from '../../helpers/pptx.js';
import { modelOf, validFixture } from '../../helpers/program.js';

describe('a template that asks for chart images', async () => {
  const template = (await loadTemplate('default')).template!;
  const theme = { ...template.theme, charts: 'images' as const };
  const model = await modelOf(validFixture('custom-catalog'));
  const specs = chartSpecs(model, theme);
  const pngs = await renderPngs(specs, theme);
  const kinds = template.decks.decks.full!.slides;
  const native = await openDeck((await renderDeck(model, template.theme, kinds)).buffer);
  const images = await openDeck((await renderDeck(model, theme, kinds, pngs)).buffer);

  it('puts the PNG charts where the native charts were, with the same alt text', () => {
    expect(native.entries.some((e) => e.startsWith('ppt/charts/'))).toBe(true);
    expect(images.entries.some((e) => e.startsWith('ppt/charts/'))).toBe(false);
    const nativeAlt = native.slides.flatMap((s) => [...s.xml.matchAll(/<p:graphicFrame>[\s\S]*?descr="([^"]+)"[\s\S]*?<\/p:graphicFrame>/g)].map((m) => m[1]));
    const pictureAlt = images.slides.flatMap((s) => [...s.xml.matchAll(/<p:pic>[\s\S]*?descr="([^"]+)"[\s\S]*?<\/p:pic>/g)].map((m) => m[1]));
    expect(pictureAlt.filter((a) => !a?.startsWith('Legend'))).toEqual(nativeAlt.filter((a) => !a?.startsWith('Legend')));
    expect(images.entries.filter((e) => e.startsWith('ppt/media/')).length).toBe(pictureAlt.length);
  });
});
