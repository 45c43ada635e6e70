import type { CorporateMaster } from '../../../templating/master/load-master.js';
import type { MasterKind } from '../../../templating/master/choose-layouts.js';
import { xmlContentType } from '../../../templating/master/keep-part.js';
import { IMAGE_TYPES } from '../../../templating/import/picture-type.js';
import { own } from '../../../schema/names.js';
import { addContentTypes, editContentTypes } from '../../../ooxml/content-types.js';
import { relationships, type PartMap as SourceParts } from '../../../ooxml/package-read.js';
import { relativeTarget as relative, relsOf, resolveTarget } from '../../../ooxml/part-name.js';
import type { Parts } from '../../../ooxml/parts.js';
import { editRelationships, RELATIONSHIP_TYPES, relsXml } from '../../../ooxml/relationships.js';
import { attr, escapeXml, stableGuid } from '../../../ooxml/xml-text.js';
import { isRtl } from '../../bidi.js';

/**
 * Puts a deck on a corporate slide master: pptxgenjs's masters and layouts
 * are replaced by the corporate ones (their themes and pictures come along,
 * renamed so nothing collides), each slide points at the layout of its kind,
 * its title becomes the layout's title placeholder (position, font and
 * colour inherited), and the layout's date, footer and slide-number
 * placeholders are filled.
 */

/** A text for a placeholder, and its size when the placeholder's own would not do. */
export interface PlaceholderText {
  text: string;
  size?: number;
}

export interface SlideOnMaster {
  kind: MasterKind;
  /** Written in the layout's footer placeholder (when it has one). */
  footer: PlaceholderText;
  /** Written in the layout's date placeholder. */
  date: PlaceholderText;
  /** The slide number's size, when the placeholder sets none. */
  numberSize?: number;
}

const decoder = new TextDecoder();

/**
 * New names for the corporate parts: masters, layouts, themes and pictures,
 * numbered in the order met. The parts are those extract-master.ts kept, so a
 * picture's extension says what it is; one that would not is a bug, never a
 * part without a content type in a deck.
 */
function rename(source: SourceParts, master: CorporateMaster): Map<string, string> {
  const names = new Map<string, string>();
  const counters = { master: 0, layout: 0, theme: 1, media: 0 };
  const visit = (part: string | undefined) => {
    if (part === undefined || names.has(part) || !source.has(part)) return;
    const ext = part.replace(/^.*\./, '').toLowerCase();
    if (/^ppt\/slideMasters\//.test(part)) names.set(part, `ppt/slideMasters/slideMaster${++counters.master}.xml`);
    else if (/^ppt\/slideLayouts\//.test(part)) names.set(part, `ppt/slideLayouts/slideLayout${++counters.layout}.xml`);
    else if (/^ppt\/theme\//.test(part)) names.set(part, `ppt/theme/theme${++counters.theme}.xml`);
    else if (/^ppt\/media\//.test(part) && own(IMAGE_TYPES, ext))
      names.set(part, `ppt/media/master${++counters.media}.${ext}`);
    else throw new Error(`adoptMaster: ${part} is not a part a master keeps`);
    for (const r of relationships(source, part)) if (!r.external) visit(resolveTarget(part, r.target));
  };
  for (const m of master.package.masters) visit(m.part);
  return names;
}

export function adoptMaster(parts: Parts, master: CorporateMaster, slides: readonly SlideOnMaster[]): void {
  // 1. pptxgenjs's masters and layouts go.
  for (const name of parts.names()) if (/^ppt\/(slideMasters|slideLayouts)\//.test(name)) parts.delete(name);
  // 2. The corporate ones come in under new names, their relationships rewritten.
  const names = rename(master.parts, master);
  copyParts(parts, master.parts, names);
  // 3. The presentation lists the corporate masters, at the corporate slide size.
  listMasters(parts, master, names);
  // 4. Each slide on the layout of its kind, its title inheriting from the layout, its footers filled.
  slides.forEach((slide, i) => onLayout(parts, master, names, slide, i + 1));
  // 5. Content types for what came in.
  parts.editXml(/^\[Content_Types\]\.xml$/, (xml) =>
    addContentTypes(
      editContentTypes(xml, (e) =>
        e.kind === 'Override' && /^ppt\/(slideMasters|slideLayouts)\//.test(e.name) ? null : e,
      ),
      [...names.values()].flatMap((to) => {
        const ext = to.replace(/^.*\./, '');
        const type = xmlContentType(to);
        return [
          // A part name is the master's own: its extension is looked up among IMAGE_TYPES' own keys only.
          ...(Object.hasOwn(IMAGE_TYPES, ext)
            ? [{ kind: 'Default' as const, name: ext, type: IMAGE_TYPES[ext] ?? '' }]
            : []),
          ...(type ? [{ kind: 'Override' as const, name: to, type }] : []),
        ];
      }),
    ),
  );
}

/** The corporate parts under their new names, each XML part's relationships pointing at the new names of what it keeps. */
function copyParts(parts: Parts, source: SourceParts, names: ReadonlyMap<string, string>): void {
  for (const [from, to] of names) {
    if (!/\.xml$/.test(from)) {
      parts.set(to, source.get(from) as Uint8Array);
      continue;
    }
    parts.set(to, decoder.decode(source.get(from)));
    const kept = relationships(source, from).flatMap((r) => {
      const target = r.external ? undefined : names.get(resolveTarget(from, r.target) ?? '');
      return target === undefined ? [] : [{ id: r.id, type: r.type, target: relative(to, target) }];
    });
    parts.set(relsOf(to), relsXml(kept));
  }
}

/** The presentation's masters, their relationships and the slide size: the corporate ones. */
function listMasters(parts: Parts, master: CorporateMaster, names: ReadonlyMap<string, string>): void {
  const { presentation } = master.package;
  const corporatePres = decoder.decode(master.parts.get(presentation));
  const corporateRels = relationships(master.parts, presentation);
  const masterIds = master.package.masters.map((m, i) => {
    const rel = corporateRels.find((r) => resolveTarget(presentation, r.target) === m.part);
    const tag = [...corporatePres.matchAll(/<p:sldMasterId\b[^>]*\/>/g)].find(
      (x) => attr(x[0], 'r:id') === rel?.id,
    )?.[0];
    return { id: attr(tag ?? '', 'id') ?? String(2147483648 + i * 1000), part: names.get(m.part) ?? '' };
  });
  parts.editXml(/^ppt\/_rels\/presentation\.xml\.rels$/, (xml) =>
    editRelationships(
      xml,
      (r) => (r.type.endsWith('/slideMaster') ? null : r),
      masterIds.map((m, i) => ({
        id: `rIdMaster${i + 1}`,
        type: `${RELATIONSHIP_TYPES}/slideMaster`,
        target: relative('ppt/presentation.xml', m.part),
      })),
    ),
  );
  const size = `<p:sldSz cx="${master.package.size.cx}" cy="${master.package.size.cy}"/>`;
  parts.editXml(/^ppt\/presentation\.xml$/, (xml) =>
    xml
      .replace(
        /<p:sldMasterIdLst>[\s\S]*?<\/p:sldMasterIdLst>/,
        `<p:sldMasterIdLst>${masterIds.map((m, i) => `<p:sldMasterId id="${m.id}" r:id="rIdMaster${i + 1}"/>`).join('')}</p:sldMasterIdLst>`,
      )
      .replace(/<p:sldSz\b[^>]*\/>/, size),
  );
}

/** Slide `number` on the layout of its kind: its title the layout's title placeholder, its footers filled. */
function onLayout(
  parts: Parts,
  master: CorporateMaster,
  names: ReadonlyMap<string, string>,
  slide: SlideOnMaster,
  number: number,
): void {
  const chosen = master.layouts[slide.kind];
  const layoutPart = names.get(chosen.layout.part) ?? '';
  const name = `ppt/slides/slide${number}.xml`;
  parts.editXml(new RegExp(`^ppt/slides/_rels/slide${number}\\.xml\\.rels$`), (xml) =>
    editRelationships(xml, (r) => (r.type.endsWith('/slideLayout') ? { ...r, target: relative(name, layoutPart) } : r)),
  );
  const titleType = chosen.layout.placeholders.find((p) => p.type === 'ctrTitle') ? 'ctrTitle' : 'title';
  parts.editXml(new RegExp(`^ppt/slides/slide${number}\\.xml$`), (xml) =>
    xml
      .replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph\b[^>]*type="title"[\s\S]*?<\/p:sp>/, (sp) =>
        sp
          .replace(/<p:ph\b[^>]*\/>/, `<p:ph type="${titleType}"/>`)
          .replace(/<p:spPr>[\s\S]*?<\/p:spPr>/, '<p:spPr/>')
          .replace(/<a:bodyPr\b[^>]*?(\/>|>[\s\S]*?<\/a:bodyPr>)/, '<a:bodyPr/>'),
      )
      .replace('</p:spTree>', `${footers(chosen.geometry.footers, slide, number)}</p:spTree>`),
  );
}

/** The date, footer and slide-number placeholders of a slide, filled, matching the layout's by type and index. */
function footers(
  placeholders: CorporateMaster['layouts'][MasterKind]['geometry']['footers'],
  slide: SlideOnMaster,
  number: number,
): string {
  return placeholders
    .map((p) => {
      const rPr = (size: number | undefined) => `<a:rPr lang="en-US"${size ? ` sz="${Math.round(size * 100)}"` : ''}/>`;
      const own = p.type === 'dt' ? slide.date : slide.footer;
      const text =
        p.type === 'sldNum'
          ? `<a:fld id="{${stableGuid(`slidenum-${number}`)}}" type="slidenum">${rPr(slide.numberSize)}<a:t>${number}</a:t></a:fld>`
          : `${isRtl(own.text) ? '<a:pPr rtl="1"/>' : ''}<a:r>${rPr(own.size)}<a:t>${escapeXml(own.text)}</a:t></a:r>`;
      const label =
        { dt: 'Date Placeholder', ftr: 'Footer Placeholder', sldNum: 'Slide Number Placeholder' }[p.type] ??
        'Placeholder';
      return `<p:sp><p:nvSpPr><p:cNvPr id="1" name="${label}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="${p.type}" idx="${p.idx}"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p>${text}</a:p></p:txBody></p:sp>`;
    })
    .join('');
}
