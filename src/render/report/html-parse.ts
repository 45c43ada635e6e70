import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';

type Document = DefaultTreeAdapterMap['document'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/**
 * How deep elements may nest in report.html. Chromium's parser nests no
 * deeper either; past it the parser's work grows with the square of the depth
 * (50,000 nested <div> took a minute) and writing the page out overflows the stack.
 */
export const MAX_NESTING = 512;

/** Thrown from inside the parser to stop it at the first element too deep. */
export class NestedTooDeep extends Error {}

/** A tree adapter that counts, before each element is attached, how deep it would be (a <template>'s content counts from the <template>). */
function boundedAdapter(): TreeAdapter<DefaultTreeAdapterMap> {
  const templateOf = new WeakMap<ParentNode, ParentNode>();
  const depthOf = (node: ParentNode): number => {
    let depth = 0;
    for (let n: ParentNode | null = node; n && depth <= MAX_NESTING; depth++)
      n = templateOf.get(n) ?? ('parentNode' in n ? n.parentNode : null);
    return depth;
  };
  const check = (parent: ParentNode, node: DefaultTreeAdapterMap['childNode']) => {
    if (defaultTreeAdapter.isElementNode(node) && depthOf(parent) > MAX_NESTING) throw new NestedTooDeep();
  };
  return {
    ...defaultTreeAdapter,
    appendChild(parent, node) {
      check(parent, node);
      defaultTreeAdapter.appendChild(parent, node);
    },
    insertBefore(parent, node, reference) {
      check(parent, node);
      defaultTreeAdapter.insertBefore(parent, node, reference);
    },
    setTemplateContent(template, content) {
      templateOf.set(content, template);
      defaultTreeAdapter.setTemplateContent(template, content);
    },
  };
}

/** An HTML page read as a browser reads it (parse5: the WHATWG algorithm), with where each node began if asked; NestedTooDeep past MAX_NESTING. */
export function parsePage(html: string, locations = true): Document {
  return parse(html, { sourceCodeLocationInfo: locations, treeAdapter: boundedAdapter() });
}
