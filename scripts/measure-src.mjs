#!/usr/bin/env node
// The size figures of src/: files, lines, the largest files and the longest
// functions (with the TypeScript compiler API; a function's length is its
// lines from the first to the last, as ESLint's max-lines-per-function counts
// them without skipping blank lines or comments).
//   node scripts/measure-src.mjs [--over 80] [--top 10]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const over = opt('--over', 80);
const top = opt('--top', 10);

function walk(dir) {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const files = walk(path.join(root, 'src')).sort();
const sizes = [];
const functions = [];
let lines = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const rel = path.relative(root, file);
  const n = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  lines += n;
  sizes.push([n, rel]);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name =
        node.name?.getText() ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : '(anonymous)');
      functions.push([end - start + 1, `${rel}:${start + 1} ${name}`]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
sizes.sort((a, b) => b[0] - a[0]);
functions.sort((a, b) => b[0] - a[0]);
console.log(`files ${files.length}, lines ${lines}`);
console.log(
  `largest files:\n${sizes
    .slice(0, top)
    .map(([n, f]) => `  ${n} ${f}`)
    .join('\n')}`,
);
const long = functions.filter(([n]) => n > over);
console.log(`functions over ${over} lines: ${long.length}`);
console.log(
  functions
    .slice(0, Math.max(top, long.length))
    .map(([n, f]) => `  ${n} ${f}`)
    .join('\n'),
);
