// The font files the metrics are read from, and the code points read from each.
// Each face is one family × weight; the measurer (src/render/fonts/) composes
// them into what a template's font name needs. All are devDependencies: the
// runtime reads only the generated data file.

/** @typedef {'sans' | 'serif' | 'mono'} FontClass */

/**
 * @type {{ id: string, family: string, fontClass: FontClass, bold: boolean, pkg: string, file: string, standsFor: string }[]}
 */
export const FACES = [
  // Carlito: metric-compatible with Calibri (same advance widths, same win metrics).
  { id: 'carlito', family: 'Carlito', fontClass: 'sans', bold: false, pkg: '@expo-google-fonts/carlito', file: '400Regular/Carlito_400Regular.ttf', standsFor: 'Calibri' },
  { id: 'carlito-bold', family: 'Carlito', fontClass: 'sans', bold: true, pkg: '@expo-google-fonts/carlito', file: '700Bold/Carlito_700Bold.ttf', standsFor: 'Calibri' },
  // Arimo, Tinos and Cousine are the Chrome OS core fonts that Liberation 2.x was
  // built from: the same advance widths as Liberation Sans/Serif/Mono, so as
  // Arial/Helvetica, Times New Roman and Courier New.
  { id: 'liberation-sans', family: 'Liberation Sans', fontClass: 'sans', bold: false, pkg: '@expo-google-fonts/arimo', file: '400Regular/Arimo_400Regular.ttf', standsFor: 'Arial, Helvetica' },
  { id: 'liberation-sans-bold', family: 'Liberation Sans', fontClass: 'sans', bold: true, pkg: '@expo-google-fonts/arimo', file: '700Bold/Arimo_700Bold.ttf', standsFor: 'Arial, Helvetica' },
  { id: 'liberation-serif', family: 'Liberation Serif', fontClass: 'serif', bold: false, pkg: '@expo-google-fonts/tinos', file: '400Regular/Tinos_400Regular.ttf', standsFor: 'Times New Roman' },
  { id: 'liberation-serif-bold', family: 'Liberation Serif', fontClass: 'serif', bold: true, pkg: '@expo-google-fonts/tinos', file: '700Bold/Tinos_700Bold.ttf', standsFor: 'Times New Roman' },
  { id: 'liberation-mono', family: 'Liberation Mono', fontClass: 'mono', bold: false, pkg: '@expo-google-fonts/cousine', file: '400Regular/Cousine_400Regular.ttf', standsFor: 'Courier New' },
  { id: 'liberation-mono-bold', family: 'Liberation Mono', fontClass: 'mono', bold: true, pkg: '@expo-google-fonts/cousine', file: '700Bold/Cousine_700Bold.ttf', standsFor: 'Courier New' },
  { id: 'caladea', family: 'Caladea', fontClass: 'serif', bold: false, pkg: '@expo-google-fonts/caladea', file: '400Regular/Caladea_400Regular.ttf', standsFor: 'Cambria' },
  { id: 'caladea-bold', family: 'Caladea', fontClass: 'serif', bold: true, pkg: '@expo-google-fonts/caladea', file: '700Bold/Caladea_700Bold.ttf', standsFor: 'Cambria' },
  { id: 'gelasio', family: 'Gelasio', fontClass: 'serif', bold: false, pkg: '@expo-google-fonts/gelasio', file: '400Regular/Gelasio_400Regular.ttf', standsFor: 'Georgia' },
  { id: 'gelasio-bold', family: 'Gelasio', fontClass: 'serif', bold: true, pkg: '@expo-google-fonts/gelasio', file: '700Bold/Gelasio_700Bold.ttf', standsFor: 'Georgia' },
  // DejaVu: what LibreOffice on Linux draws for a name it has no font for
  // (Verdana, Tahoma, Segoe UI, Aptos, Georgia without Gelasio, Consolas...),
  // and the only faces here with Arabic (Sans) and the widest of each class.
  { id: 'dejavu-sans', family: 'DejaVu Sans', fontClass: 'sans', bold: false, pkg: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSans.ttf', standsFor: 'Verdana, Tahoma, fallback sans' },
  { id: 'dejavu-sans-bold', family: 'DejaVu Sans', fontClass: 'sans', bold: true, pkg: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSans-Bold.ttf', standsFor: 'Verdana, Tahoma, fallback sans' },
  { id: 'dejavu-serif', family: 'DejaVu Serif', fontClass: 'serif', bold: false, pkg: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSerif.ttf', standsFor: 'fallback serif' },
  { id: 'dejavu-serif-bold', family: 'DejaVu Serif', fontClass: 'serif', bold: true, pkg: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSerif-Bold.ttf', standsFor: 'fallback serif' },
  { id: 'dejavu-sans-mono', family: 'DejaVu Sans Mono', fontClass: 'mono', bold: false, pkg: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSansMono.ttf', standsFor: 'Consolas, fallback mono' },
  { id: 'dejavu-sans-mono-bold', family: 'DejaVu Sans Mono', fontClass: 'mono', bold: true, pkg: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSansMono-Bold.ttf', standsFor: 'Consolas, fallback mono' },
];

/**
 * The code points read from every face, as inclusive [first, last] blocks: the
 * scripts and symbols deck text uses. Combining marks (U+0300–036F) are left
 * out: they take no width wherever they are.
 * @type {[number, number][]}
 */
export const RANGES = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x02b0, 0x02ff], // spacing modifier letters (ˆ ˜ ˇ ˚)
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x04ff], // Cyrillic
  [0x0590, 0x05ff], // Hebrew
  [0x0600, 0x06ff], // Arabic
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2000, 0x206f], // General Punctuation (– — ‘ ’ “ ” • … ‰)
  [0x2070, 0x209f], // superscripts and subscripts
  [0x20a0, 0x20cf], // currency (€ ₹ ₿)
  [0x2100, 0x218f], // letterlike symbols and number forms (™ № ⅓)
  [0x2190, 0x21ff], // arrows (→ ↑ ↳)
  [0x2200, 0x22ff], // mathematical operators (− ≤ ≥ ≈)
  [0x25a0, 0x25ff], // geometric shapes (▲ ▼ ► ● ◆ ■)
  [0x2600, 0x26ff], // miscellaneous symbols (★ ☐ ☑)
  [0x2700, 0x27bf], // dingbats (✓ ✔ ✗)
  [0x27c0, 0x27ef], // miscellaneous mathematical symbols-A (⟨ ⟩)
  [0xfb00, 0xfb4f], // alphabetic presentation forms (ﬁ ﬂ, Hebrew)
];
