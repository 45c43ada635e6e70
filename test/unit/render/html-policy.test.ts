import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/problems/user-error.js';
import { MAX_NESTING } from '../../../src/render/report/html-parse.js';
import { REPORT_CSP, safeReport } from '../../../src/render/report/html-policy.js';

const file = 'tpl/reports/report.html.hbs';
const report = (source: string, rendered = source) =>
  safeReport(rendered, { lang: 'en-GB', title: 'Program' }, { file, source });
type Element = DefaultTreeAdapterMap['element'];
const elements = (node: DefaultTreeAdapterMap['parentNode']): Element[] =>
  node.childNodes.filter(tree.isElementNode).flatMap((e) => [e, ...elements(e)]);
const tags = (html: string) => elements(parse(html)).map((e) => e.tagName);
const headOf = (html: string) => elements(parse(html)).find((e) => e.tagName === 'head')!;

describe('safeReport: ztdeck writes the page, the template its title, styles and body', () => {
  it.each([
    [
      'a whole page',
      '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>T</title><style>p{}</style></head><body class="b"><p>x</p></body></html>',
    ],
    ['the body alone', '<title>T</title><style>p{}</style><p>x</p>'],
    ['a <head> in a comment first', '<!--<head>--><title>T</title><style>p{}</style><p>x</p>'],
    ['a <head> in the title', '<title>T<head></title><style>p{}</style><p>x</p>'],
  ])('puts the policy first in the real head of %s, then the charset, viewport, title and the styles', (_, source) => {
    const html = report(source).html;
    const head = headOf(html).childNodes.filter(tree.isElementNode);
    expect(head.map((e) => e.tagName)).toEqual(['meta', 'meta', 'meta', 'meta', 'title', 'style']);
    expect(head[0]!.attrs).toEqual([
      { name: 'http-equiv', value: 'Content-Security-Policy' },
      { name: 'content', value: REPORT_CSP },
    ]);
    expect(html.startsWith('<!doctype html>\n<html lang="')).toBe(true);
    expect(html).toMatch(/<title>T(&lt;head&gt;)?<\/title>/);
    expect(html).toContain('<p>x</p>');
  });
  it('forbids every script, form action and base address, and loads nothing but its own styles and pictures', () => {
    expect(REPORT_CSP.split('; ')).toEqual([
      "default-src 'none'",
      "script-src 'none'",
      'img-src data:',
      "style-src 'unsafe-inline'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
  });
  it("keeps a whole page's lang, dir and body attributes; gives a body alone the template's locale and the program as title", () => {
    const whole = report('<html lang="de" dir="rtl"><body class="b"><p>x</p></body></html>').html;
    expect(whole).toContain('<html lang="de" dir="rtl">');
    expect(whole).toContain('<body class="b">');
    const bare = report('<p>x</p>').html;
    expect(bare).toContain('<html lang="en-GB">');
    expect(bare).toContain('<title>Program</title>');
  });
  it('keeps the plain metadata a head may hold, and drops the rest silently', () => {
    const { html, warnings } = report(
      '<meta name="description" content="d"><meta name="color-scheme" content="dark"><meta name="referrer" content="unsafe-url"><meta charset="latin1"><p>x</p>',
    );
    expect(html).toContain('<meta name="description" content="d">');
    expect(html).toContain('<meta name="color-scheme" content="dark">');
    expect(html).not.toContain('referrer');
    expect(html).not.toContain('latin1');
    expect(warnings).toEqual([]);
  });
  it('keeps links, fragments and data: pictures; takes out files from elsewhere', () => {
    const source =
      '<a href="https://example.com/e">e</a><a href="#top">t</a><img src="data:image/png;base64,AAAA" srcset="data:image/png;base64,AAAA 1x, data:image/png;base64,BBBB 2x"><svg><use href="#i"/></svg><img src=""><img src="pic.png">';
    const { html, warnings } = report(source);
    expect(html).toContain('<a href="https://example.com/e">e</a><a href="#top">t</a>');
    expect(html).toContain('srcset="data:image/png;base64,AAAA 1x, data:image/png;base64,BBBB 2x"');
    expect(html).toContain('<use href="#i"></use>');
    expect(html).toContain('<img src=""><img>');
    expect(warnings.map((w) => [w.message, w.location?.line, w.location?.column])).toEqual([
      [
        'the report template writes a file loaded from elsewhere (src= on <img>); report.html loads nothing from elsewhere, so it was left out',
        1,
        source.lastIndexOf('src=') + 1,
      ],
    ]);
  });
  it('finds a script split by a Handlebars comment where the template writes it', () => {
    const source = 'one\n  <scr{{!-- x --}}ipt>{{x}}</scr{{! y }}ipt>';
    const { html, warnings } = report(source, 'one\n  <script>alert(1)</script>');
    expect(tags(html)).not.toContain('script');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: 'template-unsafe-html',
      severity: 'warning',
      location: { file, line: 2, column: 3, lineText: '  <scr{{!-- x --}}ipt>{{x}}</scr{{! y }}ipt>' },
    });
  });
  it('gives the file alone for what only shows once the values are filled in', () => {
    const { html, warnings } = report('<p>{{{note}}}</p>', '<p><img src="data:image/png;base64,A" onerror="x()"></p>');
    expect(html).toContain('<p><img src="data:image/png;base64,A"></p>');
    expect(warnings.map((w) => w.location)).toEqual([{ file }]);
  });
  it('warns once per place in the template, however often it is written', () => {
    const source = '{{#each items}}<i onclick="x()">i</i>{{/each}}';
    const rendered = '<i onclick="x()">i</i>'.repeat(5);
    expect(report(source, rendered).warnings).toHaveLength(1);
  });
  it('leaves CSS that loads a file in place, and says that the policy blocks it', () => {
    const { html, warnings } = report(
      '<style>@import url(https://x.example/a.css);</style><p style="background:url(//x.example/b.png)">x</p>',
    );
    expect(html).toContain('@import');
    expect(warnings.map((w) => w.message)).toEqual([
      'the report template writes a CSS @import, url() or binding that loads a file; report.html loads nothing from elsewhere, so it will not work',
      'the report template writes a CSS @import, url() or binding that loads a file; report.html loads nothing from elsewhere, so it will not work',
    ]);
    expect(
      report('<style>p { background: url(data:image/png;base64,AA) }</style><svg><rect filter="url(#f)"/></svg>')
        .warnings,
    ).toEqual([]);
  });
  it('cleans what reads otherwise once written out (MathML in a table), and writes the same page again from it', () => {
    const source = '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>';
    const first = report(source);
    expect(first.html).not.toMatch(/onerror|<style><img/);
    const again = report(first.html.replace(/^[\s\S]*?<body>/, '').replace(/<\/body>[\s\S]*$/, ''));
    expect(again.warnings).toEqual([]);
  });
  it('writes a page with an empty body from a template that writes only a <frameset>', () => {
    const { html, warnings } = report('<frameset><frame src="https://x.example/"></frameset>');
    expect(html).toContain('<body></body>');
    expect(tags(html)).not.toContain('frame');
    expect(warnings.map((w) => w.message)).toEqual([
      'the report template writes a <frameset> element; report.html embeds no other page or plug-in, so it was left out',
    ]);
  });
  it('writes the same bytes for the same input', () => {
    const source = '<title>T</title><style>p{}</style><p title="a&quot;b">x &amp; y</p>';
    expect(report(source).html).toBe(report(source).html);
  });
  it('refuses a page nested deeper than a browser nests, with a message instead of a stack overflow', () => {
    expect(report('<div>'.repeat(MAX_NESTING - 10)).html).toContain('<div><div>');
    for (const depth of [MAX_NESTING + 10, 50_000]) {
      let error: unknown;
      try {
        report('{{#each items}}<div>{{/each}}', '<div>'.repeat(depth));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).problems[0]).toMatchObject({
        code: 'template-unsafe-html',
        message: `the report template nests elements more than ${MAX_NESTING} deep; report.html was not written`,
        location: { file },
      });
    }
  });
  /** What a clean page must not hold, wherever it is: each found, named. */
  const leftovers = (html: string): string[] => {
    const all = elements(parse(html));
    const policy = all.find((e) => e.tagName === 'head')?.childNodes.find(tree.isElementNode);
    return all.flatMap((e) => [
      ...(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'link', 'noscript', 'template', 'set'].includes(
        e.tagName,
      )
        ? [`<${e.tagName}>`]
        : []),
      ...(e.tagName === 'meta' && e !== policy && e.attrs.some((a) => a.name === 'http-equiv') ? ['http-equiv'] : []),
      ...e.attrs
        .filter(
          (a) =>
            /^on|^srcdoc$/i.test(a.name) ||
            /^(javascript|vbscript):|^data:(?!image\/)/i.test(a.value.replace(/[\s\u0000-\u001f]/g, '')),
        )
        .map((a) => `${a.name}= on <${e.tagName}>`),
    ]);
  };
  it.each([
    '<img src=x onerror=alert(1)//',
    '<svg><g/onload=alert(1)//<p>',
    '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
    '<iframe/src="data:text/html,<script>alert(1)</script>">',
    '<a href="java\tscript:alert(1)">x</a><a href="&#0000106&#0000097vascript:alert(1)">y</a><a href="javascript&colon;alert(1)">z</a>',
    '<a href="\u0001javascript:alert(1)">x</a><a href="VBScript:msgbox(1)">v</a>',
    '<form><button formaction=javascript:alert(1)>x</button><input type=image src=x formaction="javascript:alert(1)"></form>',
    '<math><a xlink:href="javascript:alert(1)">m</a></math><math href="javascript:alert(1)">n</math>',
    '<svg><script xlink:href="data:,alert(1)"></script><svg><handler>x</handler></svg></svg>',
    '<table><td background="javascript:alert(1)">x</td></table><body background="https://x.example/p.png">',
    '<video poster=javascript:alert(1)></video><audio src=x onerror=alert(1)></audio><source onerror=alert(1)>',
    '<isindex type=image src=1 onerror=alert(1)><keygen autofocus onfocus=alert(1)>',
    '<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed><noframes><img title="</noframes><img src onerror=alert(1)>"></noframes>',
    '<xmp><img title="</xmp><img src=x onerror=alert(1)>"></xmp><textarea><img title="</textarea><img src onerror=alert(1)>"></textarea>',
    '<svg><style><img src=x onerror=alert(1)></style></svg><math><style><img src=x onerror=alert(1)></style></math>',
    '<select><template><style><img src=x onerror=alert(1)></style></template></select>',
    '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
    '<meta http-equiv=refresh content="0;javascript:alert(1)"><meta http-equiv="set-cookie" content="a=b">',
    '<object data="javascript:alert(1)"><param name=x value=y></object><applet code=x></applet><embed src=x>',
    '<img src="x" ping="https://x.example/" srcset="https://x.example/a.png 1x"><a href="/" ping="https://x.example/">p</a>',
    '<!--[if gte IE 4]><script>alert(1)</script><![endif]--><!--><script>alert(1)</script>-->',
    '<? xml ?><script>alert(1)</script><![CDATA[<script>alert(1)</script>]]>',
    '<svg><set attributeName="xlink:href" to="javascript:alert(1)"/><a><animate attributeName=href values=javascript:alert(1) /></a></svg>',
  ])('leaves nothing that runs or leaves the page in %s', (source) => {
    const { html } = report(source);
    expect(leftovers(html)).toEqual([]);
    expect(html.indexOf(REPORT_CSP)).toBeLessThan(html.indexOf('<title>'));
  });
  it('checks what the clean page holds, as the test of each payload does', () => {
    const bad =
      '<!doctype html><head><title>t</title><meta http-equiv="refresh" content="0"></head><body><img onerror="x()" src="javascript:x()"><script></script></body>';
    expect(leftovers(bad)).toEqual(['http-equiv', 'onerror= on <img>', 'src= on <img>', '<script>']);
  });
});
