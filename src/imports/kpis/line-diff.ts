/** An edit script line: kept, removed or added. */
type Op = { kind: ' ' | '-' | '+'; line: string };

const CONTEXT = 3;
const MAX_EDITS = 5000;

/** Myers' O(ND) difference of two line lists (edits are few, so this stays small). */
function editScript(a: readonly string[], b: readonly string[]): Op[] | undefined {
  const max = a.length + b.length;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
          ? (v[offset + k + 1] ?? 0)
          : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= a.length && y >= b.length) return backtrack(trace, a, b, offset, d, k);
    }
    v = next;
  }
  return undefined;
}

function backtrack(
  trace: readonly Int32Array[],
  a: readonly string[],
  b: readonly string[],
  offset: number,
  dEnd: number,
  kEnd: number,
): Op[] {
  const ops: Op[] = [];
  let [x, y] = [a.length, b.length];
  let k = kEnd;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d] ?? new Int32Array(0);
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x] ?? '' });
    }
    if (down) ops.push({ kind: '+', line: b[--y] ?? '' });
    else ops.push({ kind: '-', line: a[--x] ?? '' });
    k = prevK;
  }
  while (x > 0) {
    x--;
    ops.push({ kind: ' ', line: a[x] ?? '' });
  }
  return ops.reverse();
}

function lines(text: string): string[] {
  const ls = text.split('\n');
  if (ls.at(-1) === '') ls.pop();
  return ls.map((l) => l.replace(/\r$/, ''));
}

/** A unified diff (`diff -u`) of two texts, with three lines of context; "" when they are equal. */
export function unifiedDiff(before: string, after: string, name: string): string {
  if (before === after) return '';
  const [a, b] = [lines(before), lines(after)];
  const ops = editScript(a, b) ?? [
    ...a.map((line): Op => ({ kind: '-', line })),
    ...b.map((line): Op => ({ kind: '+', line })),
  ];
  const out = [`--- ${before === '' ? '/dev/null' : `a/${name}`}`, `+++ b/${name}`];
  let i = 0;
  while (i < ops.length) {
    const firstChange = ops.findIndex((o, j) => j >= i && o.kind !== ' ');
    if (firstChange < 0) break;
    let end = firstChange;
    for (let j = firstChange; j < ops.length; j++) {
      if (ops[j]?.kind !== ' ') end = j;
      else if (j - end > 2 * CONTEXT) break;
    }
    const from = Math.max(i, firstChange - CONTEXT);
    const to = Math.min(ops.length, end + CONTEXT + 1);
    const oldStart = ops.slice(0, from).filter((o) => o.kind !== '+').length;
    const newStart = ops.slice(0, from).filter((o) => o.kind !== '-').length;
    const hunk = ops.slice(from, to);
    const oldLen = hunk.filter((o) => o.kind !== '+').length;
    const newLen = hunk.filter((o) => o.kind !== '-').length;
    out.push(
      `@@ -${oldLen ? oldStart + 1 : oldStart},${oldLen} +${newLen ? newStart + 1 : newStart},${newLen} @@`,
      ...hunk.map((o) => `${o.kind}${o.line}`),
    );
    i = to;
  }
  return `${out.join('\n')}\n`;
}
