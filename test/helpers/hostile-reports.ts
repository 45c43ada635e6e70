/**
 * Report templates that try to run a script in report.html or to take the
 * reader elsewhere, one way each. What a script that ran would do: give the
 * page a title that no page of ztdeck's has (written in two halves, so the
 * title itself appears nowhere in a template or a clean page).
 */
export const RAN = "top.document.title='PW'+'NED'";
export const RAN_TITLE = 'PWNED';
/** Where a refresh or a redirect leads: a page beside report.html (the test writes it). */
export const LANDING = 'landing.html';

export interface HostileReport {
  name: string;
  source: string;
  /** What the build must warn about: the words after "the report template writes", and the text of the template where it is. */
  warns: [what: string, at: string][];
}

const ok = '<p id="ok">{{program.name}}</p>';

export const hostileReports: HostileReport[] = [
  {
    name: 'head-in-comment',
    source: `<!doctype html><!--<head>--><html><head><title>r</title></head><body>${ok}<script>${RAN}</script></body></html>`,
    warns: [['a <script> element', '<script>']],
  },
  {
    name: 'head-in-title',
    source: `<title><head></title>${ok}\n<script>${RAN}</script>`,
    warns: [['a <script> element', '<script>']],
  },
  {
    name: 'script-split-by-a-comment',
    source: `<!--<head>-->${ok}\n  <scr{{!-- nothing to see --}}ipt>${RAN}</scr{{!-- --}}ipt>`,
    warns: [['a <script> element', '<scr{{']],
  },
  {
    name: 'event-handlers',
    source: `<!--<head>--><body onload="${RAN}">${ok}\n<img src="data:image/gif;base64,R0lGOD" onerror="${RAN}"><svg onload="${RAN}"><rect width="1" height="1"/></svg><details open ontoggle="${RAN}"></details></body>`,
    warns: [
      ['an event handler attribute (onload= on <body>)', 'onload'],
      ['an event handler attribute (onerror= on <img>)', 'onerror'],
      ['an event handler attribute (onload= on <svg>)', "onload=\"top.document.title='PW'+'NED'\"><rect"],
      ['an event handler attribute (ontoggle= on <details>)', 'ontoggle'],
    ],
  },
  {
    name: 'javascript-addresses',
    source: `<!--<head>-->${ok}<a href="javascript:${RAN}">a</a><iframe src="javascript:${RAN}"></iframe>\n<form action="javascript:${RAN}"><button formaction="javascript:${RAN}">go</button></form><svg><a xlink:href="javascript:${RAN}"><text>x</text></a></svg>`,
    warns: [
      ['a javascript: address (href= on <a>)', 'href'],
      ['an <iframe> element', '<iframe'],
      ['a javascript: address (action= on <form>)', 'action'],
      ['a javascript: address (formaction= on <button>)', 'formaction'],
      ['a javascript: address (xlink:href= on <a>)', 'xlink:href'],
    ],
  },
  {
    name: 'entity-encoded-javascript',
    source: `<!--<head>-->${ok}<a href="&#106;avascript:${RAN}">a</a><a href=" jav&#x09;ascript:${RAN}">b</a><img src="&#x6A;&#x61;vascript:${RAN}">`,
    warns: [
      ['a javascript: address (href= on <a>)', 'href'],
      ['a javascript: address (src= on <img>)', 'src="&'],
    ],
  },
  {
    name: 'refresh',
    source: `<meta http-equiv="refresh" content="0;url=${LANDING}">${ok}\n<META HTTP-EQUIV="Refresh" CONTENT="1; URL=${LANDING}">`,
    warns: [
      ['a <meta http-equiv="refresh">', '<meta'],
      ['a <meta http-equiv="Refresh">', '<META'],
    ],
  },
  {
    name: 'base-and-policy',
    source: `<!--<head>--><base href="https://evil.example/"><meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'">${ok}<a href="page">relative</a><script>${RAN}</script>`,
    warns: [
      ['a <base> element', '<base'],
      ['a <meta http-equiv="Content-Security-Policy">', '<meta'],
      ['a <script> element', '<script'],
    ],
  },
  {
    name: 'srcdoc-and-plug-ins',
    source: `<!--<head>-->${ok}<iframe srcdoc="<script>${RAN}</script>"></iframe>\n<object data="data:text/html,<script>${RAN}</script>"></object><embed src="data:text/html,<script>${RAN}</script>">`,
    warns: [
      ['an <iframe> element', '<iframe'],
      ['an <object> element', '<object'],
      ['an <embed> element', '<embed'],
    ],
  },
  {
    name: 'svg-script-and-animation',
    source: `<!--<head>-->${ok}<svg><script>${RAN}</script><set attributeName="onload" to="${RAN}"/><a><animate attributeName="href" values="javascript:${RAN}"/><text>x</text></a></svg>`,
    warns: [
      ['a <script> element', '<script'],
      ['an SVG <set> that changes onload', '<set'],
      ['an SVG <animate> that changes href', '<animate'],
    ],
  },
  {
    name: 'files-from-elsewhere',
    source: `<style>@import url("https://evil.example/x.css"); p { width: expression(alert(1)) }</style>${ok}\n<link rel="stylesheet" href="https://evil.example/y.css"><img src="https://evil.example/pixel.gif" alt="">`,
    warns: [
      ['a CSS @import, url() or binding that loads a file', '@import'],
      ['a <link> element', '<link'],
      ['a file loaded from elsewhere (src= on <img>)', 'src="https'],
    ],
  },
  {
    name: 'odd-case-and-blanks',
    source: `<!--<head>-->${ok}<SCRIPT\n>${RAN}</SCRIPT\t><img\nsrc="data:image/gif;base64,R0lGOD"\nONERROR\n=\n"${RAN}"><svg/onload="${RAN}">`,
    warns: [
      ['a <script> element', '<SCRIPT'],
      ['an event handler attribute (onerror= on <img>)', 'ONERROR'],
      ['an event handler attribute (onload= on <svg>)', 'onload'],
    ],
  },
  {
    name: 'noscript-and-template',
    source: `<!--<head>-->${ok}<noscript><p title="</noscript><img src=x onerror=${RAN}>"></noscript><template><script>${RAN}</script></template>`,
    warns: [
      ['a <noscript> element', '<noscript'],
      ['an event handler attribute (onerror= on <img>)', 'onerror'],
      ['a <template> element', '<template'],
    ],
  },
  {
    name: 'namespace-confusion',
    source: `<!--<head>-->${ok}<svg></p><style><a id="</style><img src=1 onerror=${RAN}>"></svg>\n<math><mtext><table><mglyph><style><img src=x onerror=${RAN}>`,
    warns: [['an event handler attribute (onerror= on <img>)', 'onerror']],
  },
];
