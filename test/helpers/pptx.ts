import JSZip from 'jszip';

export interface DeckSlide {
  index: number;
  xml: string;
  rels: string;
  notes: string;
  title: string;
  /** Every a:t of the slide, joined by spaces. */
  text: string;
}

export interface OpenedDeck {
  zip: JSZip;
  entries: string[];
  slides: DeckSlide[];
  part(name: string): Promise<string>;
}

/** The text of an XML text node or attribute: its five entities decoded. */
export const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function texts(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? ''));
}

/** Unzips a deck and reads its slides in presentation order, with their titles and notes. */
export async function openDeck(bytes: Uint8Array): Promise<OpenedDeck> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const presentation = await part('ppt/presentation.xml');
  const presRels = await part('ppt/_rels/presentation.xml.rels');
  const targets = new Map([...presRels.matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const slideIds = [...presentation.matchAll(/<p:sldId [^>]*r:id="(rId\d+)"/g)].map((m) => m[1]);
  const slides: DeckSlide[] = [];
  for (const [i, rid] of slideIds.entries()) {
    const target = (targets.get(rid) ?? '').replace(/^\/?(ppt\/)?/, 'ppt/');
    const xml = await part(target);
    const relsName = target.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels');
    const rels = await part(relsName);
    const notesTarget = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const notes = notesTarget ? texts(await part(`ppt/notesSlides/${notesTarget}`)).join(' ') : '';
    const titleShape = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph[^>]*type="title"[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? '';
    slides.push({ index: i + 1, xml, rels, notes, title: texts(titleShape).join(''), text: texts(xml).join(' ') });
  }
  return { zip, entries: Object.keys(zip.files), slides, part };
}
