import { describe, expect, it } from 'vitest';
import { records } from '../../../src/imports/input/json-view.js';
import { jsonSyntaxError, locateJson } from '../../../src/imports/input/json-text.js';
import { htmlReportJson, readInput } from '../../../src/imports/input/read-input.js';
import { decodeInput, MAX_IMPORT_BYTES } from '../../../src/imports/input/text.js';
import { doc, inputFile, inputText } from '../../helpers/imports.js';

describe('decoding a file to import', () => {
  it('strips a UTF-8 BOM and reads UTF-16 with a BOM (Windows PowerShell 5.1 writes it)', () => {
    const bom = decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 'a.json');
    expect(bom).toEqual({ text: '{}' });
    const utf16 = inputFile('variants/secure-score-utf16.json');
    const d = doc(utf16);
    expect(d.kind === 'json' && records(d.root).length).toBe(2);
  });
  it('refuses bytes that are not UTF-8, and a file over the cap, before parsing', () => {
    const latin1 = decodeInput(new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]), 'a.json');
    expect('problem' in latin1 && latin1.problem.code).toBe('file-not-utf8');
    const zip = decodeInput(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00]), 'export.xlsx');
    expect('problem' in zip && [zip.problem.code, zip.problem.message]).toEqual([
      'import-syntax',
      'this is a zip file, not JSON or CSV',
    ]);
    const png = decodeInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'chart.png');
    expect('problem' in png && png.problem.message).toBe('this is not a text file (JSON, CSV or an HTML report)');
    const big = decodeInput(new Uint8Array(MAX_IMPORT_BYTES + 1), 'big.json');
    expect('problem' in big && big.problem).toMatchObject({
      code: 'file-too-large',
      message: 'the file is 32.0 MiB; the limit for a file to import is 32.0 MiB',
    });
  });
});

describe('JSON syntax errors', () => {
  it('says where a cut-short file ends, in the same words on every Node version, and blames the download', () => {
    const r = readInput(inputFile('variants/secure-score-truncated.json'));
    expect('problem' in r && r.problem).toMatchObject({
      code: 'import-syntax',
      message:
        'the file is not valid JSON: the file ends in the middle of the JSON (it is cut short, or a bracket is never closed)',
      hint: 'the file is cut short (an interrupted download, or a copy from a terminal): save or download it again',
      location: { file: 'variants/secure-score-truncated.json', line: 18 },
    });
  });
  it("names a trailing comma, as in Microsoft's own control-profile example, at the comma, without blaming the download", () => {
    const r = readInput(inputFile('variants/secure-score-control-profiles-docs-example.json'));
    expect('problem' in r && r.problem).toMatchObject({
      code: 'import-syntax',
      message: 'the file is not valid JSON: a comma before } with no member after it (a trailing comma)',
      hint: 'remove that comma: JSON allows none after the last member or item (examples copied from documentation often have one)',
      location: { line: 27, column: 29, lineText: '              "url": "(url)",' },
    });
    expect(jsonSyntaxError('{"a": [1, 2,]}')).toMatchObject({
      offset: 11,
      reason: 'a comma before ] with no item after it (a trailing comma)',
      kind: 'trailing-comma',
    });
    const inList = readInput(inputText('bad.json', '{\n  "value": [\n    {"currentScore": 1,}\n  ]\n}'));
    expect('problem' in inList && inList.problem.location).toMatchObject({
      line: 3,
      column: 23,
      lineText: '    {"currentScore": 1,}',
    });
  });
  it('names a missing comma where the next member starts, without blaming the download', () => {
    const r = readInput(inputFile('variants/secure-score-missing-comma.json'));
    expect('problem' in r && r.problem).toMatchObject({
      message:
        'the file is not valid JSON: a comma is missing between two members: found """ where a comma or } should be',
      hint: 'add a comma between the two values',
      location: { line: 8, column: 7, lineText: '      "maxScore": 625.0' },
    });
    for (const text of ['[1 2]', '[{"a": 1} {"b": 2}]', '[true null]', '["a" "b"]'])
      expect(jsonSyntaxError(text).kind, text).toBe('missing-comma');
    expect(jsonSyntaxError('[1 x]')).toMatchObject({
      reason: 'expected a comma or ] after the item, found "x"',
      kind: 'other',
    });
  });
  it('points at a stray character with line and column', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n  "b" 2\n}')).toEqual({
      offset: 18,
      reason: 'expected a colon after the key here, found "2"',
      kind: 'other',
      hint: 'correct the file at this place, or give the file as the tool or the API wrote it',
    });
    expect(jsonSyntaxError('{"a": 1} x').reason).toBe('text after the end of the JSON value, found "x"');
    expect(jsonSyntaxError('{"a": [1, 2').kind).toBe('end-of-file');
  });
  it('calls an empty file empty', () => {
    const r = readInput(inputFile('variants/empty.json'));
    expect('problem' in r && r.problem.message).toBe('the file is empty');
  });
});

describe('JSON values with their paths', () => {
  const d = doc(inputFile('variants/secure-score-powershell.json'));
  const root = d.kind === 'json' ? d.root : undefined;
  const [first, second] = records(root!);
  it('finds keys whatever their case, then under AdditionalProperties', () => {
    expect(first?.get('currentScore')?.number()).toBe(412.5);
    expect(first?.get('currentscore')?.where()).toBe('$[0].CurrentScore');
    expect(second?.get('azureTenantId')?.text()).toBe('00000000-0000-0000-0000-000000000000');
    expect(second?.get('azureTenantId')?.where()).toBe('$[1].AdditionalProperties.azureTenantId');
    expect(first?.get('controlScores')?.items()[0]?.get('count')?.number()).toBe(12);
  });
  it('locates a problem at its line in the file', () => {
    const p = first?.get('MaxScore')?.problem('out-of-range', 'too big');
    expect(p).toMatchObject({
      message: '$[0].MaxScore: too big',
      location: { file: 'variants/secure-score-powershell.json', line: 7 },
    });
    expect(p?.location?.lineText?.trim()).toBe('"MaxScore": 625,');
  });
  it('reads Graph pages saved as a list, one answer, or one record', () => {
    const pages = doc(inputFile('variants/secure-score-history-pages.json'));
    expect(pages.kind === 'json' && records(pages.root).map((r) => r.where())).toEqual([
      '$[0].value[0]',
      '$[0].value[1]',
      '$[0].value[2]',
      '$[1].value[0]',
      '$[1].value[1]',
      '$[1].value[2]',
    ]);
    const single = doc(inputFile('samples/mde-exposureScore.synthetic.json'));
    expect(single.kind === 'json' && records(single.root).map((r) => r.where())).toEqual(['$']);
  });
  it('finds a path in the text, keys with spaces included', () => {
    const text = '{"a": {"Control ID": [1, {"x": 2}]}}';
    expect(text.slice(locateJson(text, ['a', 'Control ID', 1, 'x']))).toBe('2}]}}');
    expect(text.slice(locateJson(text, ['a', 'missing']))).toBe('{"Control ID": [1, {"x": 2}]}}');
  });
});

describe('the Zero Trust Assessment HTML report', () => {
  it('yields the JSON after reportData=, braces inside strings and later scripts left alone', () => {
    const d = doc(inputFile('variants/zta-report.html'));
    expect(d.kind === 'json' && d.fromHtml).toBe(true);
    expect(d.kind === 'json' && d.root.get('TenantName')?.text()).toBe('Contoso (synthetic)');
    expect(htmlReportJson('<script>reportData= {"a": "}", "b": [1]};</script>')).toEqual({ start: 20, end: 40 });
    expect(htmlReportJson('<html>no data</html>')).toBeUndefined();
  });
  it('refuses an HTML file without report data', () => {
    const r = readInput(inputText('page.html', '<html><body>hello</body></html>'));
    expect('problem' in r && r.problem.code).toBe('import-syntax');
  });
});

describe('CSV files', () => {
  it('reads a semicolon export with a BOM, quotes, doubled quotes and CRLF', () => {
    const d = doc(inputFile('variants/intune-export-semicolon.csv'));
    if (d.kind !== 'csv') throw new Error('not csv');
    expect(d.table.header).toEqual(['Device ID', 'Device name', 'Last check-in', 'Compliance', 'Ownership', 'OS']);
    expect(d.table.rows.map((r) => r.cells[1])).toEqual(['LAPTOP; Ana', 'SCANNER "42"', 'MAC-0007', 'LAPTOP-0004']);
    expect(d.table.column('compliance')).toBe(3);
    expect(d.table.column('LastCheckIn')).toBe(2);
  });
  it('follows an Excel sep= line', () => {
    const d = doc(inputText('x.csv', 'sep=|\na|b\n1|2\n'));
    expect(d.kind === 'csv' && d.table.rows[0]?.cells).toEqual(['1', '2']);
    expect(d.kind === 'csv' && d.table.rows[0]?.line).toBe(3);
  });
  it('reports an unclosed quote with its line', () => {
    const r = readInput(inputFile('variants/intune-truncated.csv'));
    expect('problem' in r && r.problem).toMatchObject({
      code: 'import-syntax',
      message: 'the CSV cannot be read: a quoted field is never closed (is the file cut short?)',
      location: { line: 3 },
    });
  });
});
