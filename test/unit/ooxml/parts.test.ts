import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { Parts, zipDate } from '../../../src/ooxml/parts.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

function sample(): Parts {
  const parts = new Parts();
  parts.set('ppt/slides/slide1.xml', '<p:sld>é &amp; 中文</p:sld>');
  parts.set('_rels/.rels', '<Relationships/>');
  parts.set('[Content_Types].xml', '<Types/>');
  parts.set('ppt/media/image1.png', new Uint8Array([137, 80, 78, 71]));
  return parts;
}

/** The DOS date and time of every local file header of a zip. */
function entryStamps(zip: Buffer): { date: number; time: number }[] {
  const out: { date: number; time: number }[] = [];
  for (
    let at = zip.indexOf('PK\u0003\u0004', 0, 'latin1');
    at >= 0;
    at = zip.indexOf('PK\u0003\u0004', at + 4, 'latin1')
  ) {
    out.push({ time: zip.readUInt16LE(at + 10), date: zip.readUInt16LE(at + 12) });
  }
  return out;
}

describe('Parts', () => {
  it('round-trips text and bytes through a zip another reader opens', async () => {
    const zip = await JSZip.loadAsync(sample().write('2026-11-20'));
    expect(Object.keys(zip.files)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'ppt/media/image1.png',
      'ppt/slides/slide1.xml',
    ]);
    expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toBe('<p:sld>é &amp; 中文</p:sld>');
    expect([...(await zip.file('ppt/media/image1.png')!.async('uint8array'))]).toEqual([137, 80, 78, 71]);
  });

  it('reads back what it wrote, as text and as bytes', () => {
    const again = Parts.read(sample().write('2026-11-20'));
    expect(again.text('ppt/slides/slide1.xml')).toBe('<p:sld>é &amp; 中文</p:sld>');
    expect(again.bytes('_rels/.rels')).toEqual(new TextEncoder().encode('<Relationships/>'));
    expect(again.has('ppt/media/image1.png')).toBe(true);
  });

  it('edits only the XML parts whose names match', () => {
    const parts = sample();
    parts.editXml(/^ppt\//, (xml) => xml.replace('é', 'e'));
    expect(parts.text('ppt/slides/slide1.xml')).toBe('<p:sld>e &amp; 中文</p:sld>');
    expect(parts.text('_rels/.rels')).toBe('<Relationships/>');
  });

  it('applies the edits asked inside editEach a part at a time, as one pass after the other would', () => {
    const edits = (parts: Parts, seen: string[]) => {
      parts.editXml(/^ppt\//, (xml, name) => {
        seen.push(`upper ${name}`);
        return xml.toUpperCase();
      });
      parts.editXml(/\.(xml|rels)$/, (xml, name) => {
        seen.push(`mark ${name}`);
        return `${xml}<!--${xml.length}-->`;
      });
    };
    const passes = sample();
    edits(passes, []);
    const each = sample();
    const seen: string[] = [];
    each.editEach(() => edits(each, seen), { after: (name) => seen.push(`done ${name}`) });
    expect(seen).toEqual([
      'upper ppt/slides/slide1.xml',
      'mark ppt/slides/slide1.xml',
      'done ppt/slides/slide1.xml',
      'mark _rels/.rels',
      'done _rels/.rels',
      'mark [Content_Types].xml',
      'done [Content_Types].xml',
      'done ppt/media/image1.png',
    ]);
    expect(each.write('2026-11-20').equals(passes.write('2026-11-20'))).toBe(true);
    expect(each.text('ppt/slides/slide1.xml')).toBe('<P:SLD>É &AMP; 中文</P:SLD><!--25-->');
  });

  it('applies an edit at once outside editEach, and no edit asked inside it twice', () => {
    const parts = sample();
    let calls = 0;
    parts.editEach(() => {
      parts.editXml(/^ppt\/slides\//, (xml) => `${xml}${++calls}`);
      expect(calls).toBe(0);
    });
    parts.editXml(/^ppt\/slides\//, (xml) => `${xml}+`);
    expect(parts.text('ppt/slides/slide1.xml')).toBe('<p:sld>é &amp; 中文</p:sld>1+');
  });

  it('writes a sealed part as it would have written it, and can still read it', () => {
    const sealed = sample();
    sealed.editXml(/^ppt\/slides\//, (xml) => xml.replace('é', 'ê'));
    const open = sample();
    open.editXml(/^ppt\/slides\//, (xml) => xml.replace('é', 'ê'));
    sealed.seal('ppt/slides/slide1.xml');
    sealed.seal('ppt/media/image1.png');
    expect(sealed.write('2026-11-20').equals(open.write('2026-11-20'))).toBe(true);
    expect(sealed.text('ppt/slides/slide1.xml')).toBe('<p:sld>ê &amp; 中文</p:sld>');
    expect([...(sealed.bytes('ppt/media/image1.png') ?? [])]).toEqual([137, 80, 78, 71]);
  });

  it('dates every entry on the given day at noon, the same bytes in every time zone', () => {
    const stamps = new Set<string>();
    const outputs = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'America/Santiago'].map((tz) => {
      process.env.TZ = tz;
      const zip = sample().write('2026-09-06');
      for (const s of entryStamps(zip)) stamps.add(`${s.date}/${s.time}`);
      return zip;
    });
    for (const z of outputs) expect(Buffer.compare(z, outputs[0]!)).toBe(0);
    // DOS date: years since 1980 << 9 | month << 5 | day; time: hours << 11.
    expect([...stamps]).toEqual([`${((2026 - 1980) << 9) | (9 << 5) | 6}/${12 << 11}`]);
  });

  it('makes a local date from the reporting date', () => {
    const d = zipDate('2026-11-20');
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]).toEqual([2026, 11, 20, 12]);
  });
});
