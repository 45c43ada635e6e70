import { createHash } from 'node:crypto';

/**
 * LibreOffice writes the time of the conversion in the PDF (CreationDate) and
 * a document id and checksum derived from it, so two conversions of one deck
 * differ. Each is replaced by a value of the same length (the offsets of the
 * PDF's cross-reference table stay right): the reporting date at midnight UTC,
 * and hashes of the deck. The same deck then gives the same PDF bytes.
 */
export function normalisePdf(pdf: Buffer, deck: Uint8Array, reportingDate: string): Buffer {
  const digest = createHash('sha256').update(deck).digest('hex').toUpperCase();
  const date = reportingDate.replace(/-/g, '').padEnd(8, '0').slice(0, 8);
  const text = pdf.toString('latin1');
  const fixed = text
    .replace(/\/(CreationDate|ModDate)\(D:(\d{4,14})/g, (_, key: string, digits: string) => {
      const stamp = `${date}000000`.slice(0, digits.length);
      return `/${key}(D:${stamp}`;
    })
    .replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g, (whole, a: string, b: string) =>
      whole.replace(a, sized(digest, a.length)).replace(`<${b}>`, `<${sized(digest, b.length)}>`),
    )
    .replace(/\/DocChecksum\s*\/([0-9A-Fa-f]+)/g, (whole, sum: string) =>
      whole.replace(sum, sized(digest.slice(32) + digest, sum.length)),
    );
  return fixed.length === text.length ? Buffer.from(fixed, 'latin1') : pdf;
}

function sized(hex: string, length: number): string {
  return hex.repeat(Math.ceil(length / hex.length)).slice(0, length);
}
