import { describe, expect, it } from 'vitest';
import { initials } from '../../../src/render/initials.js';

const ZWNJ = '\u200C';

describe('initials: the first letters of the first and last words of the name', () => {
  it.each([
    ['Anna-Lena Müller', 'AM'],
    ['Mateo Núñez', 'MN'],
    ['Zoë Lefèvre', 'ZL'],
    ['Tomasz Wiśniewski', 'TW'],
    ['Ingrid Halvorsen', 'IH'],
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
  ])('%s → %s', (name, expected) => expect(initials(name)).toBe(expected));
});

describe('initials leave out what is not the name', () => {
  it.each([
    // Brackets of every kind, and quotes: an alias, a role, a transliteration.
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
    ['Rahul (Ravi (Jr.)) Mehta', 'RM'],
    // An apostrophe inside a name is no quote.
    ["Seán O'Brien", 'SO'],
    ['Conor O’Neill', 'CO'],
    // A name written only in brackets is still the name.
    ['(Wang Fang)', 'WF'],
  ])('%s → %s', (name, expected) => expect(initials(name)).toBe(expected));

  it.each([
    // Honorifics and suffixes.
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
    // Particles of surnames, unless the name starts with one.
    ['Ludwig van Beethoven', 'LB'],
    ['Vincent van Gogh', 'VG'],
    ['Leonardo da Vinci', 'LV'],
    ['Otto von Bismarck', 'OB'],
    ['Charles de Gaulle', 'CG'],
    ['Johannes van der Berg', 'JB'],
    ['Maria dos Santos', 'MS'],
    ['Juan De La Cruz', 'JC'],
    ['Van Morrison', 'VM'],
    ['Mohammed bin Rashid', 'MR'],
    ['Ahmad ibn Hanbal', 'AH'],
    // The Arabic article and its Latin forms.
    ['Khalid al-Rashid', 'KR'],
    ['Abd el-Kader', 'AK'],
    ['Khalid Al Rashid', 'KR'],
    ['ليلى حداد', `ل${ZWNJ}ح`],
    ['عمر الفاروق', `ع${ZWNJ}ف`],
    ['عبد الرحمن بن خالد', `ع${ZWNJ}خ`],
    ['الأمير فيصل', `أ${ZWNJ}ف`],
  ])('%s → %s', (name, expected) => expect(initials(name)).toBe(expected));
});
