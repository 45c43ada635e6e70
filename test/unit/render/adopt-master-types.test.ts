import { describe, expect, it } from 'vitest';
import { adoptMaster } from '../../../src/render/pptx/postprocess/adopt-master.js';
import { Parts } from '../../../src/ooxml/parts.js';
import type { CorporateMaster } from '../../../src/templating/master/load-master.js';

const enc = (s: string) => new TextEncoder().encode(s);
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/** A master whose pictures are named by the .potx: one PNG, and parts whose extension is a prototype member's name. */
function master(media: readonly string[]): CorporateMaster {
  const rels = media.map((m, i) => `<Relationship Id="rId${i + 1}" Type="${IMAGE}" Target="../media/${m}"/>`);
  const parts = new Map<string, Uint8Array>([
    ['ppt/presentation.xml', enc('<p:presentation/>')],
    ['ppt/slideMasters/slideMaster1.xml', enc('<p:sldMaster/>')],
    [
      'ppt/slideMasters/_rels/slideMaster1.xml.rels',
      enc(`<Relationships xmlns="${RELS}">${rels.join('')}</Relationships>`),
    ],
    ...media.map((m): [string, Uint8Array] => [`ppt/media/${m}`, new Uint8Array([1])]),
  ]);
  return {
    parts,
    package: {
      presentation: 'ppt/presentation.xml',
      masters: [{ part: 'ppt/slideMasters/slideMaster1.xml' }],
      size: { cx: 12192000, cy: 6858000 },
    },
    layouts: {},
    file: 'master.potx',
  } as unknown as CorporateMaster;
}

const emptyDeck = () =>
  Parts.of([
    ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>'],
    ['ppt/presentation.xml', '<p:presentation><p:sldMasterIdLst></p:sldMasterIdLst></p:presentation>'],
    ['ppt/_rels/presentation.xml.rels', `<Relationships xmlns="${RELS}"></Relationships>`],
  ]);

describe("a deck put on a corporate master declares the master's pictures", () => {
  it('by the types of their extensions', () => {
    const deck = emptyDeck();
    adoptMaster(deck, master(['logo.png']), []);
    const types = deck.text('[Content_Types].xml') ?? '';
    const defaults = [...types.matchAll(/<Default Extension="([^"]*)" ContentType="([^"]*)"\/>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(defaults).toEqual([['png', 'image/png']]);
  });
  // Loading a master refuses such parts (keep-part.ts); one that got this far is a bug, never a part written without a type.
  it.each(['a.constructor', 'b.__proto__', 'c.valueOf'])(
    'refuses a part named after a prototype member (%s)',
    (name) => {
      expect(() => adoptMaster(emptyDeck(), master(['logo.png', name]), [])).toThrow(/is not a part a master keeps/);
    },
  );
});
