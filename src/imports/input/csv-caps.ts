import { count as n, importCaps, SPLIT_HINT } from './caps.js';

const [QUOTE, LF, CR] = [0x22, 0x0a, 0x0d];

/**
 * One pass over a CSV body before csv-parse builds its rows: counts the rows
 * (an empty line is none, as the parser skips it) and the fields of each row,
 * quotes followed so a separator or line break inside a quoted field does not
 * count. It does not check the syntax (the parser does, after); on a cap it
 * stops at once with the line the offending row starts on (1-based, in `body`).
 */
export function csvOverCap(
  body: string,
  delimiter: string,
  caps: { rows: number; columns: number } = importCaps.csv,
): { line: number; message: string; hint: string } | undefined {
  const sep = delimiter.charCodeAt(0);
  let [line, recordLine, records, fields] = [1, 1, 0, 1];
  let [inQuote, content] = [false, false];
  const endRecord = () => {
    if (content && ++records > caps.rows + 1) {
      return {
        line: recordLine,
        message: `the table has more than ${n(caps.rows)} rows, the most ztdeck reads from one CSV file`,
        hint: SPLIT_HINT,
      };
    }
    [fields, content] = [1, false];
    return undefined;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === QUOTE) [inQuote, content] = [!inQuote, true];
    else if (c === LF) {
      line++;
      if (inQuote) continue;
      const over = endRecord();
      if (over) return over;
      recordLine = line;
    } else if (inQuote || c === CR) continue;
    else if (c === sep) {
      content = true;
      if (++fields > caps.columns) {
        return {
          line: recordLine,
          message: `${records === 0 ? 'the header' : 'this row'} has more than ${n(caps.columns)} fields, the most ztdeck reads in one row of a CSV file`,
          hint: 'give the CSV the export wrote, with only the columns it needs if the export lets you choose',
        };
      }
    } else content = true;
  }
  return endRecord();
}
