import type { DeflateMemo } from '../../../ooxml/deflate-memo.js';
import type { EachPart, Parts } from '../../../ooxml/parts.js';
import type { LanguageCounts } from './run-language.js';

/**
 * The post-processing's edits of a slide (or its notes, layout or master) that
 * a rebuild of `build --watch` finds unchanged: pptxgenjs writes the same text
 * for the same slide, so the part's edited text and the characters its run
 * languages counted are taken from the last deck. `setting` is what else the
 * edits depend on (the deck's languages, its heading font); `counts` the map
 * the run-language edit adds to.
 */
export function reusedEdits(
  parts: Parts,
  memo: DeflateMemo,
  setting: string,
  counts: () => LanguageCounts,
  reusable: RegExp,
): Required<EachPart> {
  let open: { source: string | Uint8Array; before: ReadonlyMap<string, number> } | undefined;
  return {
    before(name) {
      open = undefined;
      if (!reusable.test(name)) return false;
      const source = parts.content(name) ?? '';
      const found = memo.edited(name, setting, source);
      if (found) {
        parts.set(name, found.text);
        for (const [language, n] of found.counts) counts().set(language, (counts().get(language) ?? 0) + n);
        return true;
      }
      open = { source, before: new Map(counts()) };
      return false;
    },
    after(name) {
      if (!open) return;
      const added = [...counts()]
        .map(([language, n]) => [language, n - (open?.before.get(language) ?? 0)] as const)
        .filter(([, n]) => n !== 0);
      memo.keepEdited(name, setting, open.source, { text: parts.text(name) ?? '', counts: added });
      open = undefined;
    },
  };
}
