import { asList, parser, tokenAttribute as value, type XmlNode } from './xml-parser.js';

/**
 * The content type [Content_Types].xml gives a part: its Override, else the
 * Default of its extension (both compared without case, as OPC does), else
 * undefined.
 */
export function readContentTypes(xml: string): (part: string) => string | undefined {
  const root = (xml ? (parser.parse(xml) as XmlNode).Types : undefined) as XmlNode | undefined;
  const overrides = new Map(
    asList(root?.Override).map((o) => [value(o, 'PartName').replace(/^\//, '').toLowerCase(), value(o, 'ContentType')]),
  );
  const defaults = new Map(
    asList(root?.Default).map((d) => [value(d, 'Extension').toLowerCase(), value(d, 'ContentType')]),
  );
  return (part) => {
    const name = part.toLowerCase();
    const slash = name.lastIndexOf('/');
    const dot = name.lastIndexOf('.');
    return overrides.get(name) || (dot > slash ? defaults.get(name.slice(dot + 1)) : undefined) || undefined;
  };
}
