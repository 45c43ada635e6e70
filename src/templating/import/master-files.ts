import { zipSync } from 'fflate';
import { Document } from 'yaml';
import { chooseLayouts, layoutGeometry, MASTER_KINDS, MIN_SHARE, type MasterKind } from '../master/choose-layouts.js';
import { keptMaster, type ExtractedMaster } from '../master/extract-master.js';
import { MAX_MASTER_BYTES } from '../master/load-master.js';
import { readMasterPackage } from '../master/read-master.js';
import { PACKAGE_LIMITS, readPackage } from '../../ooxml/read-package.js';

/** What each kind of slide is called in the import's report. */
const KIND_NAMES: Record<MasterKind, string> = {
  title: 'title slide',
  content: 'content slides',
  sidebar: 'stakeholder slides',
};

/** A fixed date for the zip's entries, so the same file imports to the same bytes. */
const ZIP_DATE = new Date('2000-01-01T00:00:00Z');

/**
 * The slide master of a corporate file, for the template folder: master.potx
 * (its masters, layouts, themes and pictures, nothing else) and master.yaml
 * (the layout each kind of slide uses), with a report of the choice.
 */
export function importedMasterFiles(bytes: Uint8Array): {
  files: Map<string, Buffer | string>;
  report: string[];
  notes: string[];
} {
  const oversized: string[] = [];
  let pkg;
  let extracted: ExtractedMaster;
  try {
    const parts = readPackage(bytes, () => true, PACKAGE_LIMITS, oversized);
    // Only what is kept is read for the layouts: a layout left out is never named in master.yaml.
    extracted = keptMaster(parts, oversized);
    pkg = readMasterPackage(extracted.parts);
  } catch (e) {
    // The theme may still be read from such a file; only the master is not kept.
    return {
      files: new Map(),
      report: [],
      notes: [`the slide master is not kept: ${e instanceof Error ? e.message : String(e)}`],
    };
  }
  const chosen = chooseLayouts(pkg);
  if ('error' in chosen)
    return { files: new Map(), report: [], notes: [`the slide master is not kept: ${chosen.error}`] };
  const zip = zipSync(
    Object.fromEntries(
      [...extracted.parts]
        .sort(([a], [b]) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : 1))
        .map(([name, data]) => [name, [data, { mtime: ZIP_DATE, level: 6 }]]),
    ),
  );
  if (zip.length > MAX_MASTER_BYTES)
    return {
      files: new Map(),
      report: [],
      notes: [
        `the slide master is not kept: master.potx would have ${Math.ceil(zip.length / 1024 / 1024)} MiB; a template's master may have ${MAX_MASTER_BYTES / 1024 / 1024} MiB`,
      ],
    };
  const layouts = Object.fromEntries(MASTER_KINDS.map((k) => [k, chosen.layouts[k].layout.name]));
  const doc = new Document({ file: 'master.potx', layouts });
  doc.commentBefore = [
    ' The slide master the decks are drawn on (master.potx, kept from the imported file) and the',
    ' layout each kind of slide uses, by name. Change a name to use another layout of the file.',
  ].join('\n');
  const untitled = pkg.layouts.filter((l) => !l.placeholders.some((p) => p.type === 'title' || p.type === 'ctrTitle'));
  const inches = (emu: number) => (emu / 914400).toFixed(2);
  const area = layoutGeometry(pkg, chosen.layouts.content.layout).content;
  const share = (area.w * area.h) / (pkg.size.cx * pkg.size.cy);
  return {
    files: new Map<string, Buffer | string>([
      ['master.potx', Buffer.from(zip)],
      ['master.yaml', doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })],
    ]),
    report: [
      `slide size ${inches(pkg.size.cx)} × ${inches(pkg.size.cy)} in, ${pkg.masters.length} master(s), ${pkg.layouts.length} layouts`,
      ...MASTER_KINDS.map((k) => `${KIND_NAMES[k]}: "${chosen.layouts[k].layout.name}" (${chosen.layouts[k].why})`),
      ...(untitled.length
        ? [
            `not usable for ztdeck's slides (no title placeholder): ${[...new Set(untitled.map((l) => `"${l.name}"`))].join(', ')}`,
          ]
        : []),
    ],
    notes: [
      ...extracted.notes,
      ...(share < MIN_SHARE
        ? [
            `the content layout leaves ${Math.round(share * 100)} % of the slide for content (${inches(area.w)} × ${inches(area.h)} in): tables continue on more slides and text is smaller; name a roomier layout in master.yaml if the file has one`,
          ]
        : []),
    ],
  };
}
