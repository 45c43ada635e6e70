import { defaultTreeAdapter as tree, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { problem } from '../../problems/problem.js';
import { UserError } from '../../problems/user-error.js';
import type { TemplateText } from '../../templating/template-folder.js';
import { MAX_NESTING, NestedTooDeep, parsePage } from './html-parse.js';
import { clean, type Finding } from './html-rules.js';

type Element = DefaultTreeAdapterMap['element'];
type Document = DefaultTreeAdapterMap['document'];

/** Rounds of read, clean and write out before markup that keeps changing shape is refused. */
const ROUNDS = 5;
const PLAIN_HINT = 'write plain, well-formed HTML in the report template';

const refused = (text: TemplateText, what: string, hint = PLAIN_HINT) =>
  new UserError(
    [
      problem('template-unsafe-html', `the report template ${what}; report.html was not written`, {
        hint,
        location: { file: text.file },
      }),
    ],
    'input',
  );

/** A page read as a browser reads it, or a located error when it nests too deep to be. */
function read(html: string, text: TemplateText, locations = false): Document {
  try {
    return parsePage(html, locations);
  } catch (e) {
    if (!(e instanceof NestedTooDeep)) throw e;
    throw refused(
      text,
      `nests elements more than ${MAX_NESTING} deep`,
      'close each element the template opens, above all inside {{#each}}',
    );
  }
}

const child = (parent: { childNodes: DefaultTreeAdapterMap['childNode'][] }, tag: string) =>
  parent.childNodes.find((n): n is Element => tree.isElementNode(n) && n.tagName === tag);

/** The page's <html>, <head> and <body> (the HTML parser always makes the first two; a <frameset> page, taken out, leaves no body). */
export function parts(document: Document): { html: Element; head: Element; body: Element | undefined } {
  const html = child(document, 'html');
  const head = html && child(html, 'head');
  if (!html || !head) throw new Error('the HTML parser made a page without <html> or <head>');
  return { html, head, body: child(html, 'body') };
}

/**
 * The template's page cleaned, then written out and read again until it reads
 * the same: some markup (MathML or SVG inside a table, say) reads otherwise
 * once written out, and what a browser would find in it only then is cleaned
 * too. The findings of the first reading come first, in the page's order.
 */
export function cleanUntilStable(rendered: string, text: TemplateText): { document: Document; findings: Finding[] } {
  const findings: Finding[] = [];
  let html = rendered;
  for (let round = 0; round < ROUNDS; round++) {
    const document = read(html, text, round === 0);
    findings.push(...clean(document).filter((f) => round === 0 || f.removed));
    const again = serialize(document);
    if (again === html) return { document, findings };
    html = again;
  }
  throw refused(text, 'writes HTML that reads otherwise each time it is written out');
}

/**
 * The finished page, read again, must hold the policy first in its head and
 * nothing clean would take out; else it is refused, never written.
 */
export function checkAsABrowserReadsIt(page: string, policy: string, text: TemplateText): void {
  const document = read(page, text);
  const first = parts(document).head.childNodes.find((n): n is Element => tree.isElementNode(n));
  if (!first || first.attrs.find((a) => a.name === 'content')?.value !== policy)
    throw refused(text, 'writes a page whose policy does not come first');
  const left = clean(document, first).find((f) => f.removed);
  if (left) throw refused(text, `writes HTML that reads otherwise once written out (${left.what})`);
}
