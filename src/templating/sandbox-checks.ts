import { problem, type SourceLocation } from '../problems/problem.js';
import { UserError } from '../problems/user-error.js';

/** Names that reach into JavaScript's objects rather than the context's data. */
const FORBIDDEN = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);
/** Handlebars' own fallbacks (it calls them for a block or a call on a plain value); a template that names them got a JavaScript error. */
const INTERNAL_HELPERS = new Set(['helperMissing', 'blockHelperMissing']);
/** Block helpers that run their block in the same context, so a `../` inside them climbs no level. */
const SAME_CONTEXT = new Set(['if', 'unless']);

interface AstNode {
  type: string;
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

interface PathNode extends AstNode {
  data: boolean;
  depth: number;
  parts: unknown[];
  original: string;
}

/** How many levels a `../` (or an `@../`) may climb at one place of a text. */
interface Levels {
  context: number;
  data: number;
}

/**
 * Refuses, with their place, what no report needs and only an attack or a
 * slip uses: paths into prototypes ({{constructor.constructor}}, {{__proto__}}),
 * decorators ({{*n}}), partials whose name is computed at run time, Handlebars'
 * internal helpers ({{helperMissing}}) and a `../` that climbs above the
 * outermost context. Each failed at run time with a JavaScript message, or
 * with none at all.
 */
export function refuseUnsafe(ast: unknown, where: () => SourceLocation, source: string): void {
  const fail = (node: AstNode, message: string, hint = 'use only the values of the documented context') => {
    const at = where();
    const pos = node.loc?.start;
    const location =
      at.line !== undefined || !pos
        ? at
        : { file: at.file, line: pos.line, column: pos.column + 1, lineText: source.split('\n')[pos.line - 1] ?? '' };
    throw new UserError([problem('template-error', message, { hint, location })], 'input');
  };
  const visit = (value: unknown, levels: Levels): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v, levels);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as AstNode;
    if (node.type === 'Decorator' || node.type === 'DecoratorBlock')
      fail(node, 'decorators ({{*...}}) are not allowed in templates');
    if (
      (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') &&
      (node.name as AstNode | undefined)?.type !== 'PathExpression'
    ) {
      fail(node, "a partial's name must be written out, not computed");
    }
    if (node.type === 'PathExpression') checkPath(node as PathNode, levels, fail);
    if (node.type === 'BlockStatement') {
      for (const [key, child] of Object.entries(node))
        if (key !== 'loc' && key !== 'program' && typeof child === 'object') visit(child, levels);
      visit(node.program, inside(node, levels));
      return;
    }
    for (const [key, child] of Object.entries(node))
      if (key !== 'loc' && typeof child === 'object') visit(child, levels);
  };
  visit(ast, { context: 0, data: 0 });
}

/**
 * The levels inside a block's main part: `each`, `with` and a section
 * ({{#items}}) may give it a context of its own, `if` and `unless` do not;
 * `each` gives it a data frame, and so may a section (on a list it runs as
 * `each` does). Counted generously: what is refused here fails for certain.
 */
function inside(block: AstNode, levels: Levels): Levels {
  const path = block.path as PathNode | undefined;
  const name = path?.type === 'PathExpression' && path.parts.length === 1 && !path.data ? String(path.parts[0]) : '';
  if (SAME_CONTEXT.has(name)) return levels;
  return { context: levels.context + 1, data: levels.data + (name === 'with' ? 0 : 1) };
}

function checkPath(path: PathNode, levels: Levels, fail: (node: AstNode, message: string, hint?: string) => never) {
  const bad = path.parts.find((p) => typeof p === 'string' && FORBIDDEN.has(p));
  if (bad) fail(path, `"${String(bad)}" is not a value of the context`);
  const head = path.parts[0];
  if (!path.data && path.depth === 0 && typeof head === 'string' && INTERNAL_HELPERS.has(head))
    fail(
      path,
      `"${head}" is Handlebars' own fallback, not a helper or a value a template can name`,
      'remove it; to show a block only when a value is set, use {{#if value}}…{{/if}}',
    );
  const can = path.data ? levels.data : levels.context;
  if (path.depth > can)
    fail(
      path,
      `"${path.original}" climbs ${path.depth} level${path.depth === 1 ? '' : 's'} up, but ${
        can === 0 ? 'here is the outermost context' : `only ${can} ${can === 1 ? 'is' : 'are'} above this place`
      }`,
      `each ../ climbs out of one enclosing {{#each}}, {{#with}} or section ({{#if}} and {{#unless}} do not count); write ${
        can === 0 ? 'the path without ../' : 'fewer ../'
      }, or @root. to start from the top`,
    );
}
