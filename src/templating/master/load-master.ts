import type { SourceFile } from '../../data/source-file.js';
import { errorAt, type Problem } from '../../problems/problem.js';
import type { MasterFile } from '../../schema/master.js';
import type { TemplateFolder } from '../template-folder.js';
import { chooseLayouts, layoutGeometry, MASTER_KINDS, type LayoutGeometry, type MasterKind } from './choose-layouts.js';
import type { PartMap as Parts } from '../../ooxml/package-read.js';
import { readMasterPackage, type LayoutInfo, type MasterPackage } from './read-master.js';

/** A template's corporate master, ready to draw a deck on. */
export interface CorporateMaster {
  /** The parts of the .potx that are kept (extract-master.ts: what a deck may take from it), and what they say. */
  parts: Parts;
  package: MasterPackage;
  /** The layout of each kind of slide and where it puts the title and the content. */
  layouts: Record<MasterKind, { layout: LayoutInfo; geometry: LayoutGeometry; why: string }>;
  file: string;
}

/** Larger than any master with its pictures (the largest real one seen was 1.9 MB). */
export const MAX_MASTER_BYTES = 40 * 1024 * 1024;

/** Reads master.yaml's .potx and picks its layouts; problems say what is wrong, located in master.yaml. */
export async function loadMaster(
  folder: TemplateFolder,
  spec: MasterFile,
  file: SourceFile,
  problems: Problem[],
): Promise<CorporateMaster | undefined> {
  const fail = (message: string, hint: string, at: (string | number)[] = ['file']) => {
    problems.push(errorAt(file.locate(at), 'template-asset', message, hint));
    return undefined;
  };
  const read = await folder.asset(spec.file, MAX_MASTER_BYTES);
  if (!read.ok) return fail(`master: ${read.reason}`, read.hint);
  let parts: Parts;
  let pkg: MasterPackage;
  let notes: string[];
  // Loaded here: the zip reader serves only templates with a master (a build of summary.json never loads it).
  const { PACKAGE_LIMITS, readPackage } = await import('../../ooxml/read-package.js');
  const { keptMaster } = await import('./extract-master.js');
  try {
    // The same filter as `template import`: a master.potx made by hand, or by someone else, brings no more into a deck.
    const oversized: string[] = [];
    const kept = keptMaster(
      readPackage(read.bytes, () => true, PACKAGE_LIMITS, oversized),
      oversized,
    );
    parts = kept.parts;
    notes = kept.notes;
    pkg = readMasterPackage(parts);
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    return fail(
      `master: ${spec.file} cannot be read as a PowerPoint template: ${e.message}`,
      'import the template again with ztdeck template import',
    );
  }
  for (const note of notes)
    problems.push({
      code: 'template-asset',
      severity: 'warning',
      message: `master: ${spec.file}: ${note}`,
      hint: 'import the template again with ztdeck template import; only what it keeps is used',
      location: file.locate(['file']),
    });
  const chosen = chooseLayouts(pkg, spec.layouts);
  if ('error' in chosen)
    return fail(
      `master: ${spec.file} cannot carry a deck: ${chosen.error}`,
      'use a template whose layouts have titles',
    );
  for (const refusal of chosen.refused)
    problems.push({
      code: 'template-asset',
      severity: 'warning',
      message: `master: ${refusal}; the default layout is used`,
      hint: `name one of: ${pkg.layouts
        .filter((l) => l.placeholders.some((p) => p.type === 'title' || p.type === 'ctrTitle'))
        .map((l) => `"${l.name}"`)
        .join(', ')}`,
      location: file.locate(['layouts', refusal.split(':')[0] ?? 'content']),
    });
  const layouts = Object.fromEntries(
    MASTER_KINDS.map((kind) => {
      const c = chosen.layouts[kind];
      return [kind, { layout: c.layout, geometry: layoutGeometry(pkg, c.layout), why: c.why }];
    }),
  ) as CorporateMaster['layouts'];
  return { parts, package: pkg, layouts, file: read.file };
}
