/**
 * Removes from a master or layout what refers to a relationship that is left
 * out, so master.potx and the decks hold no reference to a missing part:
 * embedded objects and controls, tags, hyperlinks, the layouts of its list,
 * and a picture's link (the picture is then drawn empty, its place kept).
 */
export function withoutRefs(xml: string, ids: ReadonlySet<string>): string {
  if (ids.size === 0) return xml;
  const refers = (s: string) =>
    [...s.matchAll(/\sr:(?:id|embed|link|pict)\s*=\s*(["'])([^"']*)\1/g)].some((m) => ids.has(m[2] ?? ''));
  return (
    xml
      .replace(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g, (f) => (refers(f) ? '' : f))
      .replace(/<p:controls>[\s\S]*?<\/p:controls>/g, '')
      .replace(/<p:custDataLst>[\s\S]*?<\/p:custDataLst>/g, '')
      .replace(/<a:(hlinkClick|hlinkHover|hlinkMouseOver)\b[^>]*?(\/>|>[\s\S]*?<\/a:\1>)/g, (h) => (refers(h) ? '' : h))
      .replace(/<p:sldLayoutId\b[^>]*\/>/g, (tag) => (refers(tag) ? '' : tag))
      // An extension that names a left-out part (an SVG beside its PNG, a picture's effect layer), when it holds no other extension.
      .replace(/<a:ext\s+uri=(["'])[^"']*\1\s*>(?:(?!<\/?a:ext[\s>/])[\s\S])*?<\/a:ext>/g, (e) => (refers(e) ? '' : e))
      .replace(/<a:blip\b[^>]*>/g, (tag) =>
        tag.replace(/\sr:(?:embed|link)\s*=\s*(["'])([^"']*)\1/g, (a, _q: string, id: string) =>
          ids.has(id) ? '' : a,
        ),
      )
  );
}
