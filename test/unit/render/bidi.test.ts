import { describe, expect, it } from 'vitest';
import { ALM, LRM, separatorMarks } from '../../../src/render/bidi.js';

/** The text with its marks put in. */
const marked = (text: string, rtl: boolean) => {
  const { at, mark } = separatorMarks(text, rtl);
  return at.reduceRight((t, i) => t.slice(0, i) + mark + t.slice(i), text);
};

describe('separatorMarks: a list’s separators keep the paragraph’s direction', () => {
  it('marks commas and semicolons between Latin names in a right-to-left paragraph', () => {
    expect(marked('نشر Microsoft Entra ID, Intune; Defender للجميع.', true)).toBe(
      `نشر Microsoft Entra ID${ALM}, Intune${ALM}; Defender للجميع.`,
    );
    expect(marked('הפריסה של Entra ID، Intune', true)).toBe(`הפריסה של Entra ID${ALM}، Intune`);
  });
  it('marks commas between right-to-left names in a left-to-right paragraph, but not an Arabic comma', () => {
    expect(marked('Owners: أحمد علي, سارة and CISO', false)).toBe(`Owners: أحمد علي${LRM}, سارة and CISO`);
    expect(marked('Owners: ליאור כהן; דנה and CISO', false)).toBe(`Owners: ליאור כהן${LRM}; דנה and CISO`);
    expect(marked('Owners: أحمد، سارة', false)).toBe('Owners: أحمد، سارة');
  });
  it('leaves separators with the paragraph’s direction on either side, numbers and text without the other direction', () => {
    for (const [text, rtl] of [
      ['Microsoft Entra ID, Intune', false],
      ['أحمد, سارة', true],
      ['مجلس الإدارة, by 12 Nov 2026, 7 days late', false],
      ['Approve (مجلس الإدارة, by 12 Nov)', false],
      ['1,400 مستخدم', true],
      ['Entra ID,Intune في', true],
      ['董事会, 取締役会', false],
    ] as const)
      expect(marked(text, rtl), text).toBe(text);
  });
});
