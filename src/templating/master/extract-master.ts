import { attr, partText, relationships, relsOf, resolveTarget, type Parts } from './package-xml.js';
import { own } from '../../schema/names.js';

/**
 * The slide masters of a corporate package and what they need, and nothing
 * else: masters, their layouts and themes, and the pictures they show. Sample
 * slides, notes and handout masters, macros, ActiveX controls, OLE objects,
 * embedded fonts, custom XML, tags and every external link are left out, and
 * each kind left out is named in `notes`. The result is a small package of its
 * own (master.potx in the template folder).
 */

const KEEP = /\/(slideLayout|slideMaster|theme|image)$/;
const T = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = {
  master: 'application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml',
  layout: 'application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  main: 'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml',
} as const;
const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  svg: 'image/svg+xml',
};

const encoder = new TextEncoder();

/** What a left-out relationship was, for the note. */
function kindOf(type: string, external: boolean): string {
  if (external) return 'links to outside the file';
  if (/oleObject|package/.test(type)) return 'embedded objects (OLE)';
  if (/activeX|control/.test(type)) return 'ActiveX controls';
  if (/vbaProject/.test(type)) return 'macros';
  if (/tags/.test(type)) return 'tags';
  if (/customXml/.test(type)) return 'custom XML';
  if (/audio|video|media/.test(type)) return 'sound and video';
  return `parts of type ${type.replace(/^.*\//, '')}`;
}

/** Removes from a master or layout what refers to a relationship that is left out. */
function withoutRefs(xml: string, ids: ReadonlySet<string>): string {
  if (ids.size === 0) return xml;
  const refers = (s: string) =>
    [...s.matchAll(/\sr:(?:id|embed|link|pict)="([^"]*)"/g)].some((m) => ids.has(m[1] ?? ''));
  return xml
    .replace(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g, (f) => (refers(f) ? '' : f))
    .replace(/<p:controls>[\s\S]*?<\/p:controls>/g, '')
    .replace(/<p:custDataLst>[\s\S]*?<\/p:custDataLst>/g, '')
    .replace(/<a:(hlinkClick|hlinkHover|hlinkMouseOver)\b[^>]*?(\/>|>[\s\S]*?<\/a:\1>)/g, (h) => (refers(h) ? '' : h));
}

export interface ExtractedMaster {
  parts: Map<string, Uint8Array>;
  notes: string[];
}

export function extractMaster(parts: Parts, presentation: string, masters: readonly string[]): ExtractedMaster {
  const out = new Map<string, Uint8Array>();
  const left = new Set<string>();
  const relsOut: string[] = [];
  const queue = [...masters];
  const seen = new Set<string>();
  while (queue.length) {
    const part = queue.shift() as string;
    if (seen.has(part) || !parts.has(part)) continue;
    seen.add(part);
    if (/\.xml$/.test(part) && /^ppt\/(slideMasters|slideLayouts)\//.test(part)) {
      const dropped = new Set<string>();
      const kept: string[] = [];
      for (const r of relationships(parts, part)) {
        if (r.external || !KEEP.test(r.type)) {
          dropped.add(r.id);
          left.add(kindOf(r.type, r.external));
          continue;
        }
        const target = resolveTarget(part, r.target);
        if (!parts.has(target)) {
          dropped.add(r.id);
          continue;
        }
        kept.push(`<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`);
        queue.push(target);
      }
      out.set(part, encoder.encode(withoutRefs(partText(parts, part), dropped)));
      out.set(relsOf(part), encoder.encode(relsXml(kept)));
    } else {
      out.set(part, parts.get(part) as Uint8Array);
    }
  }
  for (const name of parts.keys())
    if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) left.add('sample slides');
    else if (/vbaProject/.test(name)) left.add('macros');
    else if (/^ppt\/fonts\//.test(name)) left.add('embedded fonts');
  // The presentation part: the masters and the slide size, no slides.
  const pres = partText(parts, presentation);
  const presRels = relationships(parts, presentation);
  const ids: string[] = [];
  masters.forEach((m, i) => {
    const rel = presRels.find((r) => resolveTarget(presentation, r.target) === m);
    const id = [...pres.matchAll(/<p:sldMasterId\b[^>]*\/>/g)].find((x) => attr(x[0], 'r:id') === rel?.id);
    ids.push(`<p:sldMasterId id="${attr(id?.[0] ?? '', 'id') ?? 2147483648 + i * 100}" r:id="rId${i + 1}"/>`);
    relsOut.push(`<Relationship Id="rId${i + 1}" Type="${T}/slideMaster" Target="${relative(presentation, m)}"/>`);
  });
  const sz = /<p:sldSz\b[^>]*\/>/.exec(pres)?.[0] ?? '<p:sldSz cx="12192000" cy="6858000"/>';
  const notesSz = /<p:notesSz\b[^>]*\/>/.exec(pres)?.[0] ?? '<p:notesSz cx="6858000" cy="9144000"/>';
  out.set(
    'ppt/presentation.xml',
    encoder.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:presentation xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${T}" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:sldMasterIdLst>${ids.join('')}</p:sldMasterIdLst>${sz}${notesSz}</p:presentation>`,
    ),
  );
  out.set('ppt/_rels/presentation.xml.rels', encoder.encode(relsXml(relsOut)));
  out.set(
    '_rels/.rels',
    encoder.encode(relsXml([`<Relationship Id="rId1" Type="${T}/officeDocument" Target="ppt/presentation.xml"/>`])),
  );
  out.set('[Content_Types].xml', encoder.encode(contentTypes([...out.keys()])));
  const notes = left.size ? [`left out of the master: ${[...left].sort().join(', ')} (never followed nor kept)`] : [];
  return { parts: out, notes };
}

function relative(from: string, to: string): string {
  const dir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < dir.length && dir[common] === target[common]) common++;
  return [...Array<string>(dir.length - common).fill('..'), ...target.slice(common)].join('/');
}

function relsXml(rels: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}

/** Content types of a package's parts: a Default per picture extension, an Override per XML part. */
export function contentTypes(names: readonly string[]): string {
  const defaults = new Set(['rels', 'xml']);
  const overrides: string[] = [];
  for (const n of [...names].sort()) {
    const ext = n.replace(/^.*\./, '').toLowerCase();
    if (own(IMAGE_TYPES, ext)) defaults.add(ext);
    const type = /^ppt\/slideMasters\/[^/]+\.xml$/.test(n)
      ? CT.master
      : /^ppt\/slideLayouts\/[^/]+\.xml$/.test(n)
        ? CT.layout
        : /^ppt\/theme\/[^/]+\.xml$/.test(n)
          ? CT.theme
          : n === 'ppt/presentation.xml'
            ? CT.main
            : undefined;
    if (type) overrides.push(`<Override PartName="/${n}" ContentType="${type}"/>`);
  }
  const def = [...defaults]
    .sort()
    .map((e) =>
      e === 'rels'
        ? '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        : e === 'xml'
          ? '<Default Extension="xml" ContentType="application/xml"/>'
          : `<Default Extension="${e}" ContentType="${own(IMAGE_TYPES, e) ?? ''}"/>`,
    );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${def.join('')}${overrides.join('')}</Types>`;
}

export { IMAGE_TYPES };
