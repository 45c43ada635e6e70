import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownDeep } from '../../../src/render/markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['https://evil.example/x', 'https\\://evil.example/x'],
    ['see www.example.com', 'see www\\.example.com'],
    ['ask @octocat or ops@example.com', 'ask @&#8203;octocat or ops@&#8203;example.com'],
    ['a\rb\r\nc\nd\u2028e', 'a b c d e'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['-5% on target', '-5% on target'],
    ['98.9%', '98.9%'],
    ['**bold** _it_ `code` [x](y) | # ~ $5M', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[x\\](y) \\| \\# \\~ \\$5M'],
    ['<script>&amp;', '&lt;script&gt;&amp;amp;'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
  it('escapes every string of a context and leaves numbers and keys', () => {
    expect(escapeMarkdownDeep({ a_b: ['x*y', 3, null], n: 1.5 })).toEqual({ a_b: ['x\\*y', 3, null], n: 1.5 });
  });
});
