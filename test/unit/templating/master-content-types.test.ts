import { describe, expect, it } from 'vitest';
import { contentTypes } from '../../../src/templating/master/extract-master.js';

describe("a master's content types", () => {
  it('give a picture extension its type, and a part named after a prototype member none', () => {
    const xml = contentTypes([
      'ppt/media/image1.png',
      'ppt/media/image2.constructor',
      'ppt/media/image3.__proto__',
      'ppt/media/image4.tostring',
      'ppt/media/image5.valueOf',
    ]);
    const defaults = [...xml.matchAll(/<Default Extension="([^"]*)" ContentType="([^"]*)"\/>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(defaults).toEqual([
      ['png', 'image/png'],
      ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
      ['xml', 'application/xml'],
    ]);
    expect(xml).not.toContain('function');
  });
});
