import { defaultTreeAdapter as tree, type DefaultTreeAdapterMap, type Token } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** Something report.html must not hold, found in a parsed page: what it is, why the page refuses it, where it began. */
export interface Finding extends Reason {
  what: string;
  /** Taken out of the page (false: left in, the Content-Security-Policy blocks it). */
  removed: boolean;
  /** Where it begins in the parsed text (when the parse kept locations). */
  offset: number | undefined;
}

/** Why report.html refuses a kind of thing, and what a template can do instead. */
export interface Reason {
  why: string;
  hint: string;
}

const WHY = {
  script: { why: 'runs no script', hint: 'show it with HTML and CSS alone; the report is read with scripts off' },
  elsewhere: {
    why: 'loads nothing from elsewhere',
    hint: 'put pictures in as data: URIs (the charts are) and styles in a <style> element',
  },
  frame: { why: 'embeds no other page or plug-in', hint: 'link to it instead: <a href="https://…">' },
  leave: {
    why: 'never leaves the page and keeps the policy ztdeck gives it',
    hint: 'link to another page instead: <a href="https://…">',
  },
  address: { why: 'keeps its own address for links', hint: "write each link's full address" },
} as const satisfies Record<string, Reason>;

/** Elements taken out with all they hold. */
const ELEMENTS: Readonly<Record<string, Reason>> = {
  script: WHY.script,
  noscript: WHY.script,
  template: WHY.script,
  iframe: WHY.frame,
  frame: WHY.frame,
  frameset: WHY.frame,
  object: WHY.frame,
  embed: WHY.frame,
  applet: WHY.frame,
  portal: WHY.frame,
  fencedframe: WHY.frame,
  base: WHY.address,
  link: WHY.elsewhere,
  bgsound: WHY.elsewhere,
};
/** Attributes holding an address; those not named in LINKS load what they name. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'cite',
  'ping',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'codebase',
  'manifest',
  'icon',
]);
/** Addresses a reader follows by a click, not ones the page loads. */
const LINKS: Readonly<Record<string, ReadonlySet<string>>> = {
  href: new Set(['a', 'area']),
  action: new Set(['form']),
  formaction: new Set(['button', 'input']),
  cite: new Set(['blockquote', 'q', 'del', 'ins']),
  longdesc: new Set(['img']),
};
/** SVG elements that can rewrite another element's attribute (a link to javascript:, a handler). */
const SVG_ANIMATIONS = new Set(['set', 'animate', 'animatetransform', 'animatemotion']);
/** Metadata a template may add to the head; the rest (charset, viewport, generator) ztdeck writes itself. */
const META_NAMES = new Set(['description', 'author', 'keywords', 'color-scheme', 'theme-color']);
const CSS_ELSEWHERE = /@import|url\(\s*(?!['"]?\s*(?:data:image\/|#))|expression\s*\(|-moz-binding|behavior\s*:/i;

const MATHML = 'http://www.w3.org/1998/Math/MathML';

const article = (word: string) => (/^[aeio]/i.test(word) ? 'an' : 'a');
const nameOf = (a: Token.Attribute) => (a.prefix ? `${a.prefix}:${a.name}` : a.name);

/** An address as a browser reads it: no leading or trailing blanks or controls, no tabs or line breaks inside. */
function scheme(value: string): string | undefined {
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
}

/** The addresses of an attribute: srcset's candidates (each an address and a size), ping's list, or the one value. */
function addresses(name: string, value: string): string[] {
  if (name === 'ping') return value.split(/\s+/).filter(Boolean);
  if (name !== 'srcset') return [value];
  return [...value.matchAll(/(?:^|,)\s*(\S+)/g)].map((m) => (m[1] ?? '').replace(/,+$/, '')).filter(Boolean);
}

const isPicture = (value: string) => /^\s*data:image\//i.test(value);

/** Why an attribute must go, or undefined to keep it. */
function attributeFinding(el: Element, attr: Token.Attribute): (Reason & { what: string }) | undefined {
  const name = attr.name.toLowerCase();
  const shown = `${nameOf(attr)}= on <${el.tagName}>`;
  if (name.startsWith('on')) return { what: `an event handler attribute (${shown})`, ...WHY.script };
  if (name === 'srcdoc') return { what: `a page written in an attribute (${shown})`, ...WHY.frame };
  if (!URL_ATTRIBUTES.has(name)) return undefined;
  const values = addresses(name, attr.value);
  for (const value of values) {
    const s = scheme(value);
    if (s === 'javascript' || s === 'vbscript') return { what: `a ${s}: address (${shown})`, ...WHY.script };
    if (s === 'data' && !isPicture(value))
      return { what: `a data: address that is not a picture (${shown})`, ...WHY.leave };
  }
  if (LINKS[name]?.has(el.tagName.toLowerCase()) || (name === 'href' && el.namespaceURI === MATHML)) return undefined;
  const loads = values.some((v) => v.trim() !== '' && !isPicture(v) && !v.trim().startsWith('#'));
  return loads ? { what: `a file loaded from elsewhere (${shown})`, ...WHY.elsewhere } : undefined;
}

/** Why an element must go (with all it holds), or undefined to keep it. */
function elementFinding(el: Element, inHead: boolean): (Reason & { what: string }) | 'silent' | undefined {
  const tag = el.tagName.toLowerCase();
  const why = ELEMENTS[tag];
  if (why) return { what: `${article(tag)} <${tag}> element`, ...why };
  if (tag === 'meta') {
    const equiv = el.attrs.find((a) => a.name === 'http-equiv');
    if (equiv)
      return {
        what: `a <meta http-equiv="${equiv.value.slice(0, 40)}"> (a refresh, a redirect or a policy)`,
        ...WHY.leave,
      };
    const name = el.attrs.find((a) => a.name === 'name')?.value.toLowerCase() ?? '';
    const plain = el.attrs.every((a) => a.name === 'name' || a.name === 'content');
    return inHead && plain && META_NAMES.has(name) ? undefined : 'silent';
  }
  if (SVG_ANIMATIONS.has(tag)) {
    const target = el.attrs.find((a) => a.name.toLowerCase() === 'attributename')?.value ?? '';
    if (/^(xlink:)?href$|^on/i.test(target.trim()))
      return { what: `an SVG <${el.tagName}> that changes ${target.trim()}`, ...WHY.script };
  }
  return undefined;
}

function cssFinding(css: string, base: number | undefined): Finding | undefined {
  const m = CSS_ELSEWHERE.exec(css);
  if (!m) return undefined;
  const what = 'a CSS @import, url() or binding that loads a file';
  return { what, ...WHY.elsewhere, removed: false, offset: base === undefined ? undefined : base + m.index };
}

/**
 * Takes out of a parsed page what report.html must not hold, wherever it is
 * (in the head, in SVG or MathML, at any depth), and says what it took:
 * scripts and what only a script uses, frames and plug-ins, <base>, <link>,
 * <meta http-equiv> (refresh, redirect), event handlers, javascript: and
 * non-picture data: addresses, files loaded from elsewhere. Comments go
 * silently. CSS that loads a file is left in, and reported: the policy blocks it.
 */
export function clean(root: ParentNode, skip?: Element): Finding[] {
  const findings: Finding[] = [];
  const stack: [ParentNode, boolean][] = [[root, false]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [parent, inHead] = next;
    parent.childNodes = parent.childNodes.filter((node) => {
      if (tree.isCommentNode(node)) return false;
      if (tree.isTextNode(node)) {
        if (parent.nodeName === 'style') {
          const css = cssFinding(node.value, node.sourceCodeLocation?.startOffset);
          if (css) findings.push(css);
        }
        return true;
      }
      if (!tree.isElementNode(node) || node === skip) return true;
      const location = node.sourceCodeLocation ?? undefined;
      const gone = elementFinding(node, inHead);
      if (gone === 'silent') return false;
      if (gone) {
        findings.push({ ...gone, removed: true, offset: location?.startOffset });
        return false;
      }
      node.attrs = node.attrs.filter((attr) => {
        const bad = attributeFinding(node, attr);
        const at = location?.attrs?.[nameOf(attr)]?.startOffset ?? location?.startOffset;
        if (bad) findings.push({ ...bad, removed: true, offset: at });
        else if (attr.name === 'style') {
          const css = cssFinding(attr.value, undefined);
          if (css) findings.push({ ...css, offset: at });
        }
        return !bad;
      });
      stack.push([node, inHead || node.tagName === 'head']);
      return true;
    });
  }
  return findings.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
}
