import { relativeTarget, resolveTarget } from '../../ooxml/part-name.js';
import { checkXmlParts } from '../../ooxml/xml-safety.js';
import { MasterWalk } from './master-walk.js';
import { partText, relationships, type PartMap as Parts } from '../../ooxml/package-read.js';
import { relsXml, RELATIONSHIP_TYPES as T } from '../../ooxml/relationships.js';
import { attr } from '../../ooxml/xml-text.js';
import { readMasterPackage, slideSize } from './read-master.js';
import { contentTypesXml, presentationXml } from './write-package.js';

/**
 * The slide masters of a corporate package and what they need, and nothing
 * else: masters, their layouts and themes, and the pictures they show. Sample
 * slides, notes and handout masters, macros, ActiveX controls, OLE objects,
 * embedded fonts, custom XML, tags and every external link are left out, and
 * each kind left out is named in `notes`. A part is kept only when its
 * relationship, its content type and its bytes agree (keep-part.ts); the
 * result is a small package of its own (master.potx in the template folder),
 * every part with a content type, no DTD, no name outside the package.
 */

export interface ExtractedMaster {
  parts: Map<string, Uint8Array>;
  notes: string[];
}

/**
 * The master of a package as ztdeck keeps it, at `template import` and again
 * each time a build loads a template's master.potx (which may never have been
 * imported): a package with a DTD anywhere is refused, and only what
 * extractMaster keeps is used. `oversized` names the pictures too large to read.
 */
export function keptMaster(parts: Parts, oversized: readonly string[] = []): ExtractedMaster {
  checkXmlParts(parts);
  const pkg = readMasterPackage(parts);
  return extractMaster(
    parts,
    pkg.presentation,
    pkg.masters.map((m) => m.part),
    oversized,
  );
}

export function extractMaster(
  parts: Parts,
  presentation: string,
  masters: readonly string[],
  oversized: readonly string[] = [],
): ExtractedMaster {
  const walk = new MasterWalk(parts, oversized);
  const listed = [...new Set(masters)].filter((m) => walk.keep(m, 'slideMaster', presentation) !== undefined);
  walk.walk();
  const { out, refused, left } = walk;
  if (listed.length === 0)
    throw new Error(
      `none of its slide masters can be kept${refused.size ? ` (${[...refused.values()].join('; ')})` : ''}`,
    );
  for (const name of parts.keys())
    if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) left.add('sample slides');
    else if (/vbaProject/.test(name)) left.add('macros');
    else if (/^ppt\/fonts\//.test(name)) left.add('embedded fonts');
  writePackage(out, parts, presentation, listed);
  return {
    parts: out,
    notes: [
      ...(left.size ? [`left out of the master: ${[...left].sort().join(', ')} (never followed nor kept)`] : []),
      ...[...refused.values()].map((why) => `left out of the master: ${why}`),
    ],
  };
}

/** The presentation (the masters and the slide size, no slides), the package relationships and the content types. */
function writePackage(
  out: Map<string, Uint8Array>,
  parts: Parts,
  presentation: string,
  masters: readonly string[],
): void {
  const encode = (s: string) => new TextEncoder().encode(s);
  const pres = partText(parts, presentation);
  const presRels = relationships(parts, presentation);
  const tags = [...pres.matchAll(/<p:sldMasterId\b[^>]*\/>/g)].map((m) => m[0]);
  const ids = masters.map((m, i) => {
    const rel = presRels.find((r) => !r.external && resolveTarget(presentation, r.target) === m);
    const written = Number(attr(tags.find((t) => attr(t, 'r:id') === rel?.id) ?? '', 'id'));
    // ST_SlideMasterId: 2147483648 and up.
    const id =
      Number.isInteger(written) && written >= 2147483648 && written <= 4294967295 ? written : 2147483648 + i * 100;
    return { id, rid: `rId${i + 1}` };
  });
  out.set('ppt/presentation.xml', encode(presentationXml(ids, slideSize(pres))));
  out.set(
    'ppt/_rels/presentation.xml.rels',
    encode(
      relsXml(
        masters.map((m, i) => ({
          id: `rId${i + 1}`,
          type: `${T}/slideMaster`,
          target: relativeTarget('ppt/presentation.xml', m),
        })),
      ),
    ),
  );
  out.set(
    '_rels/.rels',
    encode(relsXml([{ id: 'rId1', type: `${T}/officeDocument`, target: 'ppt/presentation.xml' }])),
  );
  out.set('[Content_Types].xml', encode(contentTypesXml([...out.keys()])));
}
