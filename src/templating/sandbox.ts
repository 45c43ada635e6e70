import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { precompiledTexts } from '../paths.js';
import { problem, type SourceLocation } from '../problems/problem.js';
import { UserError } from '../problems/user-error.js';
import { helperNames } from './helpers.js';
import { refuseUnsafe } from './sandbox-checks.js';
import type { TemplateText } from './template-folder.js';

type Handlebars = typeof import('handlebars');
type Environment = ReturnType<Handlebars['create']>;
type Compiled = (context: unknown, options?: object) => string;
type TemplateSpecification = Parameters<Handlebars['template']>[0];

const require = createRequire(import.meta.url);
/** A partial may include others, but not without end: past this depth it is an error, not a stack overflow. */
export const MAX_PARTIAL_DEPTH = 16;
/** What one text may cost: partials included, and characters they produce (far beyond any real report). */
export const RENDER_BUDGET = { partials: 5_000, chars: 64 * 1024 * 1024 } as const;
const RUNTIME = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;
/**
 * The built-in block helpers stay, and so do the two that answer a block or a
 * call on a plain value ({{#items}}…{{/items}}); without them such a text
 * failed with a JavaScript error instead of a message.
 */
const KEPT_HELPERS = new Set(['if', 'unless', 'each', 'with', 'helperMissing', 'blockHelperMissing']);
const LEVEL_HINT =
  'a ../ climbs out of a block only where the block gave its inside a value of its own (a list in {{#each}}, an object in {{#with}} or a section); use @root. to start from the top';
const HELPERS_HINT = `fix the template; only the documented context and the helpers ${helperNames.slice(0, -1).join(', ')} and ${helperNames.at(-1)} are available`;

/**
 * The code Handlebars generates for the shipped templates' texts, made when
 * the package is built (scripts/precompile-texts.mjs), keyed by the hash of a
 * text and the settings it is compiled with: a text found there skips parsing
 * and code generation (about a tenth of a second of every build). Any other
 * text, a user's, is compiled here as always. `record` keeps what is compiled,
 * for that script.
 */
export const precompiled = { specs: undefined as Map<string, string> | undefined, record: false };

function knownSpecs(): Map<string, string> {
  if (!precompiled.specs) {
    try {
      precompiled.specs = new Map(Object.entries(JSON.parse(readFileSync(precompiledTexts, 'utf8')) as object));
    } catch {
      precompiled.specs = new Map();
    }
  }
  return precompiled.specs;
}

/** A text to render: where it comes from (for errors), its source, and whether HTML is escaped in it. */
export interface SandboxText {
  /** Unique per text: compiled texts are cached under it. */
  id: string;
  source: string;
  where: () => SourceLocation;
  escapeHtml: boolean;
}

/**
 * Handlebars for texts that may come from a third party: strict mode, the
 * given helpers only, no prototype access, no decorators or computed
 * partials, and bounded work (partial depth, partials included, size). Every
 * failure is a located template error. Handlebars is loaded on first use.
 */
export class HandlebarsSandbox {
  private env: Environment | undefined;
  private readonly cache = new Map<string, Compiled>();
  private depth = 0;
  private work = { partials: 0, chars: 0 };

  constructor(
    private readonly helpers: Readonly<Record<string, (...args: unknown[]) => string>>,
    private readonly partials: ReadonlyMap<string, TemplateText>,
  ) {}

  /** Compiles a text now (not on first use, as Handlebars.compile would), so a mistake is reported before any output is made. */
  check(text: SandboxText): void {
    this.compile(text);
  }

  run(text: SandboxText, context: object): string {
    const compiled = this.compile(text);
    if (this.depth === 0) this.work = { partials: 0, chars: 0 };
    try {
      const out = compiled(context);
      if (out.length > RENDER_BUDGET.chars)
        throw new Error(`the text is longer than ${RENDER_BUDGET.chars / 1024 / 1024} MiB once filled in`);
      return out;
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw templateError(e, text.where(), text.source);
    }
  }

  /** Every partial, compiled. */
  checkPartials(): void {
    for (const [name, text] of this.partials) this.compile(partialText(name, text));
  }

  private environment(): Environment {
    if (this.env) return this.env;
    // The single-file build of the same release (compiler and runtime): its package entry is 44 CommonJS files, which
    // took Node about twice as long to load.
    const env = (require('handlebars/dist/handlebars.js') as Handlebars).create();
    for (const name of Object.keys(env.helpers)) if (!KEPT_HELPERS.has(name)) env.unregisterHelper(name);
    for (const [name, fn] of Object.entries(this.helpers)) env.registerHelper(name, fn);
    for (const [name, text] of this.partials)
      env.registerPartial(name, ((context: unknown, options: { data?: unknown }) =>
        this.include(name, text, context, options)) as unknown as string);
    this.env = env;
    return env;
  }

  private include(name: string, text: TemplateText, context: unknown, options: { data?: unknown }): string {
    if (this.depth >= MAX_PARTIAL_DEPTH)
      throw new Error(`the partial ${name} includes itself, or partials nest more than ${MAX_PARTIAL_DEPTH} deep`);
    // Depth alone does not bound the work: ten partials each including the next ten times never finish.
    if (++this.work.partials > RENDER_BUDGET.partials)
      throw new Error(
        `partials were included more than ${RENDER_BUDGET.partials} times for one text; a partial probably includes others many times over`,
      );
    this.depth++;
    try {
      const out = this.compile(partialText(name, text))(context, { ...RUNTIME, data: options.data });
      this.work.chars += out.length;
      if (this.work.chars > RENDER_BUDGET.chars)
        throw new Error(`the text grew past ${RENDER_BUDGET.chars / 1024 / 1024} MiB while its partials were included`);
      return out;
    } finally {
      this.depth--;
    }
  }

  private compile(text: SandboxText): Compiled {
    const cached = this.cache.get(text.id);
    if (cached) return cached;
    const env = this.environment();
    const options = {
      strict: true,
      knownHelpersOnly: true,
      noEscape: !text.escapeHtml,
      knownHelpers: {
        ...Object.fromEntries(Object.keys(this.helpers).map((h) => [h, true])),
        lookup: false,
        log: false,
      },
    };
    let compiled: Compiled;
    try {
      const key = createHash('sha256')
        .update(JSON.stringify([text.source, options]))
        .digest('base64');
      let spec = knownSpecs().get(key);
      if (spec === undefined) {
        const ast = env.parseWithoutProcessing(text.source);
        refuseUnsafe(ast, text.where, text.source);
        // Parsed once (precompile strips the whitespace); the spec is the code Handlebars generates for a precompiled template.
        spec = env.precompile(ast, options) as string;
        if (precompiled.record) knownSpecs().set(key, spec);
      }
      const fn = env.template(new Function(`return ${spec};`)() as TemplateSpecification);
      compiled = (context, runtime) => fn(context, { ...RUNTIME, ...runtime });
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw templateError(e, text.where(), text.source);
    }
    this.cache.set(text.id, compiled);
    return compiled;
  }
}

function partialText(name: string, text: TemplateText): SandboxText {
  return { id: `partial:${name}`, source: text.source, where: () => ({ file: text.file }), escapeHtml: false };
}

/** A Handlebars error as a located problem: the file (or the key of strings.yaml), with the line and column it names. */
function templateError(e: unknown, at: SourceLocation, source?: string): UserError {
  const message = e instanceof Error ? e.message : String(e);
  const pos = / - (\d+):(\d+)$/.exec(message) ?? /on line (\d+)/.exec(message);
  const line = pos ? Number(pos[1]) : undefined;
  const lineText = line !== undefined ? source?.split('\n')[line - 1] : undefined;
  const location: SourceLocation =
    at.line !== undefined || !pos
      ? at
      : {
          file: at.file,
          line: Number(pos[1]),
          column: pos[2] !== undefined ? Number(pos[2]) + 1 : 1,
          ...(lineText !== undefined ? { lineText } : {}),
        };
  const first = (message.split('\n')[0] ?? message).replace(/ - \d+:\d+$/, '').replace(/ in \[object Object\]/, '');
  // Strict mode looked a name up in nothing: a level a ../ climbed to that the block did not make.
  const nothing = / in (undefined|null)$/.exec(first);
  const what = nothing ? `${first.slice(0, nothing.index)}: there is no value at that level` : first;
  return new UserError(
    [
      problem('template-error', what.charAt(0).toLowerCase() + what.slice(1), {
        hint: nothing ? LEVEL_HINT : HELPERS_HINT,
        location,
      }),
    ],
    'input',
  );
}
