import { XMLValidator } from 'fast-xml-parser';
import { PackageError } from './read-package.js';

/**
 * What an XML part of a package someone else made must not hold. Open
 * Packaging Conventions forbid DTDs (ECMA-376 Part 2: an implementer "shall
 * treat the presence of DTD content as an error"; PowerPoint refuses such a
 * file): a <!DOCTYPE> may name a URL to fetch, and its
 * entities may expand a few bytes into gigabytes ("billion laughs") in a
 * reader that expands them. ztdeck never expands one, and neither reads nor
 * writes a part that declares one.
 */

const DECLARATION = /<!(DOCTYPE|ENTITY)\b/i;
/** An entity reference other than the five XML defines and character references: it needs a DTD. */
const UNDEFINED_ENTITY = /&(?!(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)[^\s;<&]{0,24};?/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of an XML part in whatever encoding it is written (UTF-8 or UTF-16, by its first bytes). */
function anyText(bytes: Uint8Array): string {
  const le = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0);
  const be = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0x3c);
  return new TextDecoder(le ? 'utf-16le' : be ? 'utf-16be' : 'utf-8').decode(bytes);
}

/** Why a text may not be read as XML (a DTD or an entity declaration), or undefined. */
export function declarationRefusal(text: string): string | undefined {
  const found = DECLARATION.exec(text)?.[1]?.toUpperCase();
  if (found === 'DOCTYPE') return 'declares a DTD (<!DOCTYPE>), which a PowerPoint file may not hold';
  if (found === 'ENTITY') return 'declares an entity (<!ENTITY>), which a PowerPoint file may not hold';
  return undefined;
}

/**
 * Refuses a package any of whose XML parts declares a DTD or an entity, in
 * UTF-8 or UTF-16, whether ztdeck would read the part or not.
 */
export function checkXmlParts(parts: ReadonlyMap<string, Uint8Array>): void {
  for (const [name, bytes] of parts) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const why = declarationRefusal(anyText(bytes));
    if (why) throw new PackageError(`its part ${name} ${why}`);
  }
}

/**
 * Why an XML part may not be kept (copied into master.potx and from there
 * into every deck), or undefined: it must be UTF-8, declare no DTD nor
 * entity, refer to no entity but XML's five, be well-formed, and have the
 * root element its relationship expects (sldLayout, sldMaster, theme...).
 */
export function keptXmlRefusal(bytes: Uint8Array, root?: string): string | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return 'is not UTF-8 text';
  }
  const declared = declarationRefusal(text);
  if (declared) return declared;
  const declaration = /^\uFEFF?<\?xml\b[^>]*>/.exec(text)?.[0];
  if (declaration && /\sencoding\s*=\s*(["'])(?!utf-8\1)/i.test(declaration))
    return 'declares an encoding other than UTF-8';
  const entity = UNDEFINED_ENTITY.exec(text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, ''));
  if (entity) return `refers to ${JSON.stringify(entity[0])}, which only a DTD could define`;
  const valid = XMLValidator.validate(text);
  if (valid !== true) return `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`;
  if (root) {
    const found = /^\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(
      text,
    )?.[1];
    if (found !== root) return `is a ${found ?? 'nameless'} part, not a ${root}`;
  }
  return undefined;
}
