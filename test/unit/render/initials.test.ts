import { describe, expect, it } from 'vitest';
import { initials } from '../../../src/render/initials.js';

const ZWNJ = '\u200C';

/** Each name's initials, checked together so a failure lists every name that is wrong. */
function check(cases: readonly (readonly [string, string])[]): void {
  const wrong = cases
    .filter(([name, expected]) => initials(name) !== expected)
    .map(([name]) => `${name} → ${initials(name)}`);
  expect(wrong).toEqual([]);
}

describe('initials', () => {
  it('are the first letters of the first and last words, whole graphemes, words split at a middle dot', () => {
    check([
      ['Anna-Lena Müller', 'AM'],
      ['Mateo Núñez', 'MN'],
      ['Zoë Lefèvre', 'ZL'],
      ['Tomasz Wiśniewski', 'TW'],
      ['madonna', 'M'],
      ['Jean-Pierre de la Fontaine', 'JF'],
      ['🇩🇪 Team', '🇩🇪T'],
      ['👩‍💻 Dev', '👩‍💻D'],
      ['ליאור כהן', 'לכ'],
      ['山田 太郎', '山太'],
      ['김 민준', '김민'],
      ['王芳', '王'],
      ['ジョン・スミス', 'ジス'],
      ['Ólafur Arnalds', 'ÓA'],
      ['İlkay Gündoğan', 'İG'],
      ['—', '?'],
      ['', '?'],
    ]);
  });

  it('leave out text in brackets, quotes and angle brackets: an alias, a role, a transliteration', () => {
    check([
      ["周杰 'Jay' <Lead>", '周'],
      ['王芳 (Wang Fang)', '王'],
      ['"Bob" (contractor) Smith', 'S'],
      ['Robert "Bob" Smith', 'RS'],
      ['Robert “Bobby” Smith', 'RS'],
      ['Robert ‘Bobby’ Smith', 'RS'],
      ['Jean «Johnny» Hallyday', 'JH'],
      ['Henrik de Vries (COO)', 'HV'],
      ['Priya Raman [CFO]', 'PR'],
      ['Priya Raman {interim}', 'PR'],
      ['Priya Raman <priya@example.com>', 'PR'],
      ['山田太郎（営業部）', '山'],
      ['陈静 【安全部】', '陈'],
      ['Rahul (Ravi (Jr.)) Mehta', 'RM'],
      // An apostrophe inside a name is no quote.
      ["Seán O'Brien", 'SO'],
      ['Conor O’Neill', 'CO'],
      // A name written only in brackets is still the name.
      ['(Wang Fang)', 'WF'],
    ]);
  });

  it('leave out honorifics and suffixes', () => {
    check([
      ['Dr. Jane Smith', 'JS'],
      ['Prof. Dr. Hans Müller', 'HM'],
      ['Mrs Jane Doe', 'JD'],
      ['Ms. Aisha Bello', 'AB'],
      ['Sir Tim Berners-Lee', 'TB'],
      ['Martin Luther King Jr.', 'MK'],
      ['John Smith, PhD', 'JS'],
      ['Henry Ford II', 'HF'],
      ['Dr. Who', 'W'],
      ['د. أحمد الفاروق', `أ${ZWNJ}ف`],
      ['السيد عمر خالد', `ع${ZWNJ}خ`],
      ['ד"ר דנה לוי', 'דל'],
    ]);
  });

  it('leave out the Arabic article (ال, al-, el-) and surname particles, unless the name starts with one', () => {
    check([
      ['Khalid al-Rashid', 'KR'],
      ['Abd el-Kader', 'AK'],
      ['Khalid Al Rashid', 'KR'],
      ['Ludwig van Beethoven', 'LB'],
      ['Leonardo da Vinci', 'LV'],
      ['Otto von Bismarck', 'OB'],
      ['Johannes van der Berg', 'JB'],
      ['Maria dos Santos', 'MS'],
      ['Juan De La Cruz', 'JC'],
      ['Van Morrison', 'VM'],
      ['Mohammed bin Rashid', 'MR'],
      ['Ahmad ibn Hanbal', 'AH'],
      ['عمر الفاروق', `ع${ZWNJ}ف`],
      ['عبد الرحمن بن خالد', `ع${ZWNJ}خ`],
      ['الأمير فيصل', `أ${ZWNJ}ف`],
    ]);
  });

  it('keep two Arabic initials apart with a zero-width non-joiner, so they do not join into a word', () => {
    check([
      ['ليلى حداد', `ل${ZWNJ}ح`],
      ['سارة العتيبي', `س${ZWNJ}ع`],
      // Not between letters of other scripts, nor an Arabic and a Latin one.
      ['ليلى Haddad', 'لH'],
      ['ליאור כהן', 'לכ'],
    ]);
  });
});
