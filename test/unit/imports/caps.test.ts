import { describe, expect, it } from 'vitest';
import { importCaps } from '../../../src/imports/input/caps.js';
import { csvOverCap } from '../../../src/imports/input/csv-caps.js';
import { jsonOverCap } from '../../../src/imports/input/json-caps.js';
import { readInput } from '../../../src/imports/input/read-input.js';
import { records } from '../../../src/imports/input/json-view.js';
import { doc, inputText } from '../../helpers/imports.js';

const { children, depth } = importCaps.json;
const list = (n: number, item = '{}') => `[${Array<string>(n).fill(item).join(',')}]`;
const problemOf = (name: string, text: string) => {
  const r = readInput(inputText(name, text));
  return 'problem' in r ? r.problem : undefined;
};
// A liveness guard, not a timing: 2,000,000 items must stop early, not be built.
const GUARD = { timeout: 20_000 };

describe('the caps of a JSON file to import, checked before it is parsed', () => {
  it('stops a list of 2,000,000 records at the list, with its path, line and column', GUARD, () => {
    const p = problemOf('secureScores.json', `{\n  "value": ${list(2_000_000)}\n}\n`);
    expect(p).toMatchObject({
      code: 'import-limit',
      message: `$.value: this list holds more than 100,000 items, the most ztdeck reads in one list of a file to import`,
      location: { file: 'secureScores.json', line: 2, column: 12 },
    });
    expect(p?.hint).toContain('save the export in several files');
  });
  it('names the page the list is in, and counts members of an object too', GUARD, () => {
    const pages = problemOf(
      'pages.json',
      `[{"value": [{}]}, {"@odata.nextLink": "x", "value": ${list(children + 1)}}]`,
    );
    expect(pages?.message).toMatch(/^\$\[1\]\.value: this list holds more than 100,000 items/);
    const members = Array.from({ length: children + 1 }, (_, i) => `"k${i}": 0`).join(',');
    const wide = problemOf('wide.json', `{"report": {${members}}}`);
    expect([wide?.message, wide?.location?.column]).toEqual([
      '$.report: this object holds more than 100,000 members, the most ztdeck reads in one object of a file to import',
      12,
    ]);
  });
  it('reads a list of exactly the cap', GUARD, () => {
    const d = doc(inputText('many.json', `{"value": ${list(children, '{"a": [1, 2]}')}}`));
    expect(d.kind === 'json' && records(d.root).length).toBe(children);
  });
  it('reports nesting past the cap where it passes it (JSON.parse alone would read it)', () => {
    const deep = (n: number) => `${'[\n'.repeat(n)}${']'.repeat(n)}`;
    expect(JSON.parse(deep(depth + 1))).toBeInstanceOf(Array);
    expect(problemOf('deep.json', deep(depth + 1))).toMatchObject({
      code: 'import-limit',
      message: 'the JSON nests deeper than 512 levels (lists and objects inside one another)',
      location: { line: depth + 1, column: 1 },
    });
    expect(problemOf('deep.json', deep(depth))).toBeUndefined();
  });
  it('does not count commas and brackets inside text, escaped quotes included', () => {
    const caps = { children: 3, depth: 2 };
    const text = '{"a\\"[,": ["],[,\\\\", "x,y"], "b": 1, "c": {}}';
    expect(jsonOverCap(text, caps)).toBeUndefined();
    expect(jsonOverCap(text, { children: 2, depth: 2 })).toEqual({
      offset: 0,
      message: '$: this object holds more than 2 members, the most ztdeck reads in one object of a file to import',
      hint: expect.stringContaining('filter it') as string,
    });
    expect(jsonOverCap('{"k\\\\": {"in": [1, 2, 3]}}', { children: 2, depth: 3 })?.message).toMatch(
      /^\$\["k\\\\"\]\.in:/,
    );
  });
  it('applies to the JSON inside a Zero Trust Assessment HTML report, located in the HTML', GUARD, () => {
    const html = `<html>\n<script>\nreportData= {"ExecutedAt": "2026-11-15T00:00:00Z", "Tests": ${list(2_000_000)}, "EndOfJson": "EndOfJson"};\n</script>\n</html>`;
    expect(problemOf('ZeroTrustAssessmentReport.html', html)).toMatchObject({
      code: 'import-limit',
      message: expect.stringMatching(/^\$\.Tests: this list holds more than 100,000 items/) as string,
      location: { file: 'ZeroTrustAssessmentReport.html', line: 3, column: 61 },
    });
  });
});

describe('the caps of a CSV file to import', () => {
  const { rows, columns } = importCaps.csv;
  it('stops at the first row past the cap, with its line', GUARD, () => {
    const csv = `Device ID,Compliance\n${'d,Compliant\n'.repeat(2_000_000)}`;
    expect(problemOf('devices.csv', csv)).toMatchObject({
      code: 'import-limit',
      message: 'the table has more than 200,000 rows, the most ztdeck reads from one CSV file',
      location: { file: 'devices.csv', line: rows + 2, column: 1 },
    });
    const sep = problemOf('devices.csv', `sep=,\n${csv}`);
    expect(sep?.location?.line).toBe(rows + 3);
  });
  it('reads a table of exactly the cap, empty lines not counted', GUARD, () => {
    const d = doc(inputText('devices.csv', `Device ID,Compliance\r\n\r\n${'d,Compliant\r\n'.repeat(rows)}\r\n`));
    expect(d.kind === 'csv' && d.table.rows.length).toBe(rows);
  });
  it('stops a header or row of too many fields', () => {
    expect(
      problemOf(
        'wide.csv',
        `${Array<string>(columns + 1)
          .fill('a')
          .join(';')}\n1\n`,
      ),
    ).toMatchObject({
      code: 'import-limit',
      message: 'the header has more than 1,000 fields, the most ztdeck reads in one row of a CSV file',
      location: { line: 1 },
    });
  });
  it('follows quotes: separators and line breaks inside a quoted field do not count', () => {
    const caps = { rows: 2, columns: 2 };
    expect(csvOverCap('a,b\n"x,\n,y",1\n"",2\n', ',', caps)).toBeUndefined();
    expect(csvOverCap('a,b\n"x,\n,y",1\n"",2\n3,"\n"\n', ',', caps)).toMatchObject({ line: 5 });
    expect(csvOverCap('a,b\n1,2\n"x""y",3,4\n', ',', caps)).toMatchObject({
      line: 3,
      message: 'this row has more than 2 fields, the most ztdeck reads in one row of a CSV file',
    });
  });
});
