import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../../src/charts/registry.js';
import { renderDeck } from '../../../src/render/pptx/render-deck.js';
import { reportContext } from '../../../src/present/report-context.js';
import { openDeck } from '../../helpers/pptx.js';
import { defaultTemplate, modelOf, validFixture } from '../../helpers/program.js';

// A build computes the chart specs and the report context once and hands them to
// the deck, the PNGs and the reports: the deck must use what it is given, not recompute.
describe('the deck draws from the specs and the context it is given', async () => {
  const { template, wording } = await defaultTemplate();
  const model = await modelOf(validFixture('custom-catalog'));
  const specs = chartSpecs(model, template.theme, wording).map((s) => ({ ...s, altText: `GIVEN ${s.id}` }));
  const context = reportContext(model, wording, null);
  const given = { ...context, program: { ...context.program, name: 'GIVEN PROGRAM NAME' } };
  const deck = await openDeck(
    (await renderDeck(model, template, wording, template.decks.decks.full!, { context: given, charts: specs })).buffer,
  );
  const xml = deck.slides.map((s) => s.xml).join('\n');

  it("takes every native chart's alt text from the given specs", () => {
    const alts = [...xml.matchAll(/<p:graphicFrame>[\s\S]*?descr="([^"]+)"[\s\S]*?<\/p:graphicFrame>/g)].map(
      (m) => m[1] ?? '',
    );
    expect(alts.length).toBeGreaterThan(3);
    for (const alt of alts) expect(alt).toMatch(/^GIVEN /);
  });
  it('writes the given context into the slides', () => {
    expect(xml).toContain('GIVEN PROGRAM NAME');
  });
});
