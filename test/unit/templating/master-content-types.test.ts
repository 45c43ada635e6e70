import { describe, expect, it } from 'vitest';
import { contentTypesXml } from '../../../src/templating/master/write-package.js';

describe("a master's content types", () => {
  it('give a picture extension its type', () => {
    const xml = contentTypesXml(['ppt/media/image1.png', 'ppt/presentation.xml']);
    const defaults = [...xml.matchAll(/<Default Extension="([^"]*)" ContentType="([^"]*)"\/>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(defaults).toEqual([
      ['png', 'image/png'],
      ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
      ['xml', 'application/xml'],
    ]);
  });
  it.each(['constructor', '__proto__', 'tostring', 'valueOf'])(
    'give a part named after a prototype member (.%s) none: it is refused, never written with "function"',
    (ext) => {
      expect(() => contentTypesXml([`ppt/media/image2.${ext}`])).toThrow(/no content type/);
    },
  );
});
