import { describe, expect, it } from 'vitest';
import { DeflateMemo } from '../../../src/ooxml/deflate-memo.js';
import { Parts } from '../../../src/ooxml/parts.js';
import { finalizePackage } from '../../../src/render/pptx/postprocess/finalize.js';
import { presentationParts, PptxGenJSClass } from '../../../src/render/pptx/pptxgen.js';
import { deckLanguage } from '../../../src/render/scripts/language.js';
import { defaultTemplate } from '../../helpers/program.js';

/** Two slides; the second's text is `second`. Japanese text on both: the run languages' counts choose the theme's fonts. */
async function deck(second: string) {
  const pptx = new PptxGenJSClass();
  pptx.addSlide().addText('Zero Trust 導入計画 (first)', { x: 1, y: 1, w: 6, h: 1 });
  pptx.addSlide().addText(second, { x: 1, y: 1, w: 6, h: 1 });
  pptx.addSlide().addNotes('Speaker notes\nover two lines');
  return presentationParts(pptx);
}

/** A memo that counts the edited parts it gives back. */
function counting(memo: DeflateMemo): { memo: DeflateMemo; hits: () => number } {
  let hits = 0;
  const edited = memo.edited.bind(memo);
  memo.edited = (name, setting, source) => {
    const found = edited(name, setting, source);
    if (found) hits++;
    return found;
  };
  return { memo, hits: () => hits };
}

describe('a rebuild takes the edits of its unchanged slides from the last deck', () => {
  it('writes the bytes a cold build writes, editing again only the slide that changed', async () => {
    const { theme } = await defaultTemplate();
    const options = { date: '2026-11-20', company: 'Alder & Finch', theme, language: deckLanguage('en-GB', 'en-GB') };
    const { memo, hits } = counting(new DeflateMemo());
    await finalizePackage(Parts.of(await deck('東京 second')), { ...options, deflated: memo });
    expect(hits()).toBe(0);

    const same = await finalizePackage(Parts.of(await deck('東京 second')), { ...options, deflated: memo });
    expect(same.equals(await finalizePackage(Parts.of(await deck('東京 second')), options))).toBe(true);
    const reused = hits();
    expect(reused).toBeGreaterThanOrEqual(4); // three slides and the notes, at least (layouts and masters too)

    const changed = await finalizePackage(Parts.of(await deck('大阪 changed')), { ...options, deflated: memo });
    expect(changed.equals(await finalizePackage(Parts.of(await deck('大阪 changed')), options))).toBe(true);
    expect(hits() - reused).toBe(reused - 1);
  });

  it("edits again when the deck's languages change, though the slides did not", async () => {
    const { theme } = await defaultTemplate();
    const base = { date: '2026-11-20', company: 'Alder & Finch', theme };
    const { memo, hits } = counting(new DeflateMemo());
    await finalizePackage(Parts.of(await deck('東京')), {
      ...base,
      language: deckLanguage('ja-JP', 'en-GB'),
      deflated: memo,
    });
    const english = { ...base, language: deckLanguage('en-GB', 'en-GB') };
    const rebuilt = await finalizePackage(Parts.of(await deck('東京')), { ...english, deflated: memo });
    expect(hits()).toBe(0);
    expect(rebuilt.equals(await finalizePackage(Parts.of(await deck('東京')), english))).toBe(true);
  });
});
