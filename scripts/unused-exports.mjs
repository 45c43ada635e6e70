#!/usr/bin/env node
// Lists the exports of src/ that no other module imports (src/, test/ and
// scripts/ are read; src/index.ts is the public API, so its own exports are
// used by definition). Exits 1 when there is one. Part of `npm run lint`.
// Read with the TypeScript compiler's parser: named imports and re-exports
// mark a name used; `import * as`, `export *` and a dynamic import() mark
// every export of the module used.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const walk = (dir) =>
  readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    if (e === 'node_modules' || e === 'fixtures') return [];
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|mts|mjs)$/.test(e) && !e.endsWith('.d.ts') ? [p] : [];
  });
const srcFiles = walk(path.join(root, 'src'));
const allFiles = [...srcFiles, ...walk(path.join(root, 'test')), ...walk(path.join(root, 'scripts'))];

/** The module a specifier names, as a source file path, or undefined (a package). */
function resolve(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, path.join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

const used = new Map(); // file → Set of names, or '*'
const use = (file, name) => {
  if (!file) return;
  const names = used.get(file) ?? new Set();
  names.add(name);
  used.set(file, names);
};
const exported = new Map(); // file → [name, line]

for (const file of allFiles) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolve(file, node.moduleSpecifier.text);
      const clause = node.importClause;
      if (clause?.name) use(target, 'default');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) use(target, '*');
      else if (bindings) for (const el of bindings.elements) use(target, (el.propertyName ?? el.name).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolve(file, node.moduleSpecifier.text);
      if (!node.exportClause || ts.isNamespaceExport(node.exportClause)) use(target, '*');
      else for (const el of node.exportClause.elements) use(target, (el.propertyName ?? el.name).text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || /import\(/.test(node.expression.getText())) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      use(resolve(file, node.arguments[0].text), '*');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!srcFiles.includes(file)) continue;
  const names = [];
  const line = (n) => source.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  for (const stmt of source.statements) {
    const exportedHere =
      ts.canHaveModifiers(stmt) && ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exportedHere) {
      if (ts.isVariableStatement(stmt))
        for (const d of stmt.declarationList.declarations) names.push([d.name.getText(), line(stmt)]);
      else if (stmt.name) names.push([stmt.name.text, line(stmt)]);
    } else if (
      ts.isExportDeclaration(stmt) &&
      stmt.exportClause &&
      ts.isNamedExports(stmt.exportClause) &&
      !stmt.moduleSpecifier
    )
      for (const el of stmt.exportClause.elements) names.push([el.name.text, line(stmt)]);
  }
  // An export also used in its own module (a type in an exported signature, a helper) is not reported, as knip's
  // ignoreExportsUsedInFile: only what nothing reads at all is.
  const text = source.getFullText();
  exported.set(
    file,
    names.filter(([name]) => (text.match(new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`, 'g')) ?? []).length < 2),
  );
}

// Worker entry points and the binary are loaded by path, not imported.
const entries = new Set(['src/index.ts', 'src/bin.ts']);
const unused = [];
for (const [file, names] of exported) {
  const rel = path.relative(root, file);
  if (entries.has(rel)) continue;
  const usedNames = used.get(file) ?? new Set();
  if (usedNames.has('*')) continue;
  for (const [name, at] of names) if (!usedNames.has(name)) unused.push(`${rel}:${at} ${name}`);
}
if (unused.length) {
  console.error(`exports no module imports (remove the export, or the code):\n${unused.join('\n')}`);
  process.exitCode = 1;
}
