import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/problems/user-error.js';
import { HandlebarsSandbox, RENDER_BUDGET, type SandboxText } from '../../../src/templating/sandbox.js';

const text = (source: string, escapeHtml = false): SandboxText => ({
  id: source,
  source,
  where: () => ({ file: 'note.hbs' }),
  escapeHtml,
});
const helpers = { shout: (v: unknown) => String(v).toUpperCase() };
const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof UserError) return e.problems[0];
    throw e;
  }
  throw new Error('expected a template error');
};

describe('HandlebarsSandbox', () => {
  it('renders with its helpers and partials, without escaping unless asked', () => {
    const sandbox = new HandlebarsSandbox(helpers, new Map([['who', { file: 'who.hbs', source: '{{shout name}}' }]]));
    expect(sandbox.run(text('Hi {{> who}} & <b>'), { name: 'ada' })).toBe('Hi ADA & <b>');
    expect(sandbox.run(text('{{v}}', true), { v: '<b>' })).toBe('&lt;b&gt;');
  });
  it('reports a missing value with the file, line and column', () => {
    const sandbox = new HandlebarsSandbox(helpers, new Map());
    const p = problemOf(() => sandbox.run(text('line one\n  {{nmae}}'), { name: 'x' }));
    expect(p).toMatchObject({ code: 'template-error', location: { file: 'note.hbs', line: 2, column: 5 } });
    expect(p?.message).toContain('"nmae" not defined');
  });
  it.each([
    ['{{constructor.name}}', '"constructor" is not a value of the context'],
    ['{{*decorator}}', 'decorators'],
    ['{{> (whichPartial)}}', "a partial's name must be written out"],
    ['{{lookup this "x"}}', 'unknown helper lookup'],
    ['{{log "x"}}', 'unknown helper log'],
  ])('refuses %s at compile time', (source, message) => {
    const sandbox = new HandlebarsSandbox(helpers, new Map());
    expect(problemOf(() => sandbox.check(text(source)))?.message).toContain(message);
  });
  it('stops a partial that includes itself, with a message', () => {
    const sandbox = new HandlebarsSandbox(helpers, new Map([['loop', { file: 'loop.hbs', source: 'x{{> loop}}' }]]));
    expect(problemOf(() => sandbox.run(text('{{> loop}}'), {}))?.message).toContain('includes itself');
  });
  it('bounds the work of partials that include each other many times over', () => {
    const partials = new Map<string, { file: string; source: string }>([['p5', { file: 'p5.hbs', source: 'x' }]]);
    for (let i = 0; i < 5; i++) partials.set(`p${i}`, { file: `p${i}.hbs`, source: `{{> p${i + 1}}}`.repeat(10) });
    const sandbox = new HandlebarsSandbox(helpers, partials);
    const started = performance.now();
    expect(problemOf(() => sandbox.run(text('{{> p0}}'), {}))?.message).toContain(
      `more than ${RENDER_BUDGET.partials} times`,
    );
    expect(performance.now() - started).toBeLessThan(5000);
  });
  it('starts each text with a fresh budget', () => {
    const sandbox = new HandlebarsSandbox(helpers, new Map([['one', { file: 'one.hbs', source: '1' }]]));
    const source = `{{#each items}}{{> one}}{{/each}}`;
    const items = Array.from({ length: RENDER_BUDGET.partials - 1 }, () => 0);
    for (let i = 0; i < 3; i++) expect(sandbox.run(text(source), { items })).toHaveLength(items.length);
  });
  it('answers a block on a plain value (a section), which once failed with a JavaScript error', () => {
    const sandbox = new HandlebarsSandbox(helpers, new Map());
    expect(sandbox.run(text('{{#person}}{{name}}{{/person}}'), { person: { name: 'Ada' } })).toBe('Ada');
  });
  it.each([
    ['{{helperMissing}}', '"helperMissing" is Handlebars\' own fallback', 'helperMissing'],
    ['{{helperMissing "a"}}', '"helperMissing" is Handlebars\' own fallback', 'helperMissing'],
    ['{{#blockHelperMissing}}x{{/blockHelperMissing}}', '"blockHelperMissing" is Handlebars\' own fallback', 'block'],
    ['{{blockHelperMissing name}}', '"blockHelperMissing" is Handlebars\' own fallback', 'block'],
    ['{{#if (helperMissing)}}x{{/if}}', '"helperMissing" is Handlebars\' own fallback', 'helperMissing'],
    ['{{../name}}', '"../name" climbs 1 level up, but here is the outermost context', '../'],
    ['{{../../name.first}}', '"../../name.first" climbs 2 levels up, but here is the outermost context', '../'],
    ['{{#if name}}{{../name}}{{/if}}', '"../name" climbs 1 level up, but here is the outermost context', '../'],
    [
      '{{#each items}}{{../../name}}{{/each}}',
      '"../../name" climbs 2 levels up, but only 1 is above this place',
      '../',
    ],
    [
      '{{#each items}}{{else}}{{../name}}{{/each}}',
      '"../name" climbs 1 level up, but here is the outermost context',
      '../',
    ],
    [
      '{{#with person}}{{@../index}}{{/with}}',
      '"@../index" climbs 1 level up, but here is the outermost context',
      '@../',
    ],
  ])('refuses %s before it runs, with its line and column and a way out', (source, message, at) => {
    const sandbox = new HandlebarsSandbox(helpers, new Map());
    const p = problemOf(() => sandbox.check(text(`first line\n  ${source}`)));
    const column = 2 + source.indexOf(at) + 1;
    expect(p).toMatchObject({ code: 'template-error', location: { file: 'note.hbs', line: 2, column } });
    expect(p?.message).toContain(message);
    expect(p?.message).not.toMatch(/Cannot read|undefined/);
    expect(p?.hint).toBeTruthy();
  });
  it.each([
    ['{{#each items}}{{../name}}{{/each}}', 'adaada'],
    ['{{#each items}}{{#if this}}{{../name}}{{/if}}{{/each}}', 'adaada'],
    ['{{#with person}}{{../name}}{{/with}}', 'ada'],
    ['{{#person}}{{../name}}{{/person}}', 'ada'],
    ['{{#each items}}{{#each ../items}}{{@../index}}{{/each}}{{/each}}', '0011'],
  ])('lets %s climb to a level that is there', (source, out) => {
    const sandbox = new HandlebarsSandbox(helpers, new Map());
    expect(sandbox.run(text(source), { name: 'ada', items: [1, 2], person: { age: 3 } })).toBe(out);
  });
  it('says what a ../ found at run time that it could not see before: no value at that level', () => {
    const sandbox = new HandlebarsSandbox(helpers, new Map());
    const p = problemOf(() => sandbox.run(text('x\n{{#flag}}{{../name}}{{/flag}}'), { flag: true, name: 'ada' }));
    expect(p).toMatchObject({ code: 'template-error', location: { file: 'note.hbs', line: 2, column: 12 } });
    expect(p?.message).toBe('"name" not defined: there is no value at that level');
    expect(p?.hint).toContain('@root.');
  });
});
