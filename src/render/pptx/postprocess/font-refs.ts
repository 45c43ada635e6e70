/**
 * The East Asian and complex-script fonts of runs as references to the
 * theme (+mn-ea, +mn-cs; +mj-ea, +mj-cs for titles and text in the heading
 * font) instead of the Latin font pptxgenjs names there: the theme's font
 * scheme has a face for each script (font-scheme.ts), which PowerPoint picks
 * by the run's language, and LibreOffice falls back from by it.
 */
/** Run properties with children (a self-closing one has no fonts, and must not reach to the next one's end). */
const PROPS = /<a:(rPr|defRPr|endParaRPr)\b([^>]*?)(?<!\/)>([\s\S]*?)<\/a:\1>/g;
const FONT = /<a:(ea|cs)\s+typeface="(?!\+)[^"]*"[^>]*\/>/g;
const NAMED = /<a:(?:ea|cs)\s+typeface="(?!\+)/;

/** `headingFont` as written in the XML (escaped), when it is not the body font. */
export function themeFontRefs(xml: string, titles: readonly [number, number][], headingFont?: string): string {
  return xml.replace(PROPS, (whole, _tag: string, _attrs: string, inner: string, at: number) => {
    if (!NAMED.test(inner)) return whole;
    const latin = /<a:latin typeface="([^"]*)"/.exec(inner)?.[1];
    const major =
      titles.some(([from, to]) => at >= from && at < to) || (headingFont !== undefined && latin === headingFont);
    const scheme = major ? 'mj' : 'mn';
    return whole.replace(FONT, (_, which: string) => `<a:${which} typeface="+${scheme}-${which}"/>`);
  });
}
