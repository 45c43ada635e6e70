import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../../src/charts/registry.js';
import { renderPngs } from '../../../src/charts/render-png.js';
import { reportContext } from '../../../src/present/report-context.js';
import { renderDeck } from '../../../src/render/pptx/render-deck.js';
import { openDeck } from '../../helpers/pptx.js';
import { defaultTemplate, modelOf, validFixture } from '../../helpers/program.js';

describe('a template that asks for chart images', async () => {
  const { template, wording } = await defaultTemplate();
  const images = { ...template, theme: { ...template.theme, charts: 'images' as const } };
  const model = await modelOf(validFixture('custom-catalog'));
  const specs = chartSpecs(model, images.theme, wording);
  const pngs = await renderPngs(specs, images.theme);
  const kinds = template.decks.decks.full!;
  const inputs = { context: reportContext(model, wording, null), charts: specs };
  const nativeDeck = await openDeck((await renderDeck(model, template, wording, kinds, inputs)).buffer);
  const imageDeck = await openDeck(
    (await renderDeck(model, images, wording, kinds, { ...inputs, images: pngs })).buffer,
  );

  it('puts the PNG charts where the native charts were, with the same alt text', () => {
    expect(nativeDeck.entries.some((e) => e.startsWith('ppt/charts/'))).toBe(true);
    expect(imageDeck.entries.some((e) => e.startsWith('ppt/charts/'))).toBe(false);
    const nativeAlt = nativeDeck.slides.flatMap((s) =>
      [...s.xml.matchAll(/<p:graphicFrame>[\s\S]*?descr="([^"]+)"[\s\S]*?<\/p:graphicFrame>/g)].map((m) => m[1]),
    );
    const pictureAlt = imageDeck.slides.flatMap((s) =>
      [...s.xml.matchAll(/<p:pic>[\s\S]*?descr="([^"]+)"[\s\S]*?<\/p:pic>/g)].map((m) => m[1]),
    );
    expect(pictureAlt.filter((a) => !a?.startsWith('Legend'))).toEqual(
      nativeAlt.filter((a) => !a?.startsWith('Legend')),
    );
    expect(imageDeck.entries.filter((e) => e.startsWith('ppt/media/')).length).toBe(pictureAlt.length);
  });
});
