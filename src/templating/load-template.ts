import path from 'node:path';
import type { z } from 'zod';
import type { SourceFile } from '../data/source-file.js';
import { DEFAULT_HEALTH_RULE, type HealthRule } from '../model/health.js';
import { DEFAULT_KPI_RULE } from '../model/kpis.js';
import { DEFAULT_PDF_SETTINGS, type PdfSettings } from '../schema/pdf-settings.js';
import type { OutputFormat } from '../schema/formats.js';
import { DEFAULT_RANKING } from '../model/ranking.js';
import type { KpiRule, RankingRule } from '../model/types.js';
import { displayPath } from '../problems/display-path.js';
import { errorAt, type Problem, type SourceLocation } from '../problems/problem.js';
import { deckFileSchema, slideKindIds, type DeckFile, type SlideKind } from '../schema/deck.js';
import { stringsSchema, type Strings } from '../schema/strings.js';
import { themeSchema, type Theme } from '../schema/template.js';
import type { CorporateMaster } from './master/load-master.js';
import { TEMPLATE_FILE } from './find-template.js';
import { brandWarnings, type LocateColour } from './brand-check.js';
import { deepMerge } from './merge.js';
import { FILES, readTexts, REPORTS, type Layer, type Logo } from './read-layer.js';
import { readChain } from './template-chain.js';
import { type TemplateText } from './template-folder.js';

export type { Logo };

/** A template with everything it extends folded in: what the renderers use. */
export interface Template {
  name: string;
  /** Folders of the template and of what it extends, the template's own first. */
  chain: string[];
  locale: string;
  /** When overdue objectives turn a scenario amber or red (template.yaml health:, each value from the nearest template that sets it). */
  health: HealthRule;
  /** How the summary ranks what needs attention (template.yaml ranking:, each value from the nearest template that sets it). */
  ranking: RankingRule;
  /** When a KPI's latest value is stale (template.yaml kpis:, from the nearest template that sets it). */
  kpis: KpiRule;
  /** How the PDF and the previews are made (template.yaml pdf:, each value from the nearest template that sets it). */
  pdf: PdfSettings;
  /** What a build writes when --format names nothing (template.yaml formats:, from the nearest template that sets it). */
  formats?: readonly OutputFormat[];
  theme: Theme;
  decks: DeckFile;
  strings: Strings;
  /** Which strings.yaml wrote each phrase ("summary.since"), to locate errors in it. */
  stringSources: Map<string, SourceFile>;
  notes: Partial<Record<SlideKind, TemplateText>>;
  partials: Map<string, TemplateText>;
  reports: { html: TemplateText; markdown: TemplateText };
  logo?: Logo;
  /** The corporate slide master the deck is drawn on (master.yaml of the nearest template that has one). */
  master?: CorporateMaster;
}

function leaves(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, [...prefix, k], out);
  } else {
    out.push(prefix);
  }
  return out;
}

/**
 * Loads a template and what it extends (a name or a path, resolved against
 * `base`), merges them (the template's own values win), and checks the result.
 * Every problem of every file is reported, located. `folders` are the template
 * folders it read (their real paths), also when it failed: what `build --watch` watches.
 */
export async function loadTemplate(
  ref: string,
  options: { base?: string; cwd?: string; from?: SourceLocation | undefined } = {},
): Promise<{ template?: Template; problems: Problem[]; folders: string[] }> {
  const problems: Problem[] = [];
  const { layers, folders } = await readChain(ref, options, problems);
  if (!layers) return { problems, folders };
  // Texts are read before anything is merged, so a run reports the problems of every file at once.
  const texts = await readTexts(layers);
  if (problems.some((p) => p.severity === 'error')) return { problems, folders };
  const own = layers[0] as Layer;
  const rootFirst = [...layers].reverse();
  const theme = complete(layers, 'theme', themeSchema, problems);
  const decks = complete(layers, 'deck', deckFileSchema, problems);
  const strings = complete(layers, 'strings', stringsSchema, problems);
  const stringSources = new Map<string, SourceFile>();
  for (const l of rootFirst)
    if (l.strings) for (const leaf of leaves(l.strings.data)) stringSources.set(leaf.join('.'), l.strings.file);
  const { notes, partials, html, markdown } = texts;
  problems.push(...missingTexts(own, texts));
  if (!theme || !decks || !strings || !html || !markdown || problems.some((p) => p.severity === 'error'))
    return { problems, folders };
  const logo = layers.find((l) => l.theme?.data.logo !== undefined)?.logo;
  const master = layers.find((l) => l.master)?.master;
  problems.push(...brandWarnings(theme, colourLocator(layers)));
  return {
    template: {
      name: path.basename(own.folder.dir),
      chain: layers.map((l) => l.folder.dir),
      locale: layers.find((l) => l.meta.locale)?.meta.locale ?? 'en-GB',
      ...rulesOf(layers),
      theme,
      decks,
      strings,
      stringSources,
      notes,
      partials,
      reports: { html, markdown },
      ...(logo ? { logo } : {}),
      ...(master ? { master } : {}),
    },
    problems,
    folders,
  };
}

/** A part of the template (theme, decks, strings) merged down the chain and checked whole; a problem if it is not. */
function complete<S extends z.ZodType>(
  layers: readonly Layer[],
  key: 'theme' | 'deck' | 'strings',
  schema: S,
  problems: Problem[],
): z.output<S> | undefined {
  const own = layers[0] as Layer;
  const rootFirst = [...layers].reverse();
  const value =
    key === 'deck'
      ? mergeDecks(rootFirst)
      : rootFirst.reduce<unknown>((acc, l) => (l[key] ? deepMerge(acc, l[key]?.data) : acc), {});
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const file = layers.find((l) => l[key])?.[key]?.file;
  const missing = r.error.issues
    .slice(0, 5)
    .map((i) => i.path.join('.'))
    .join(', ');
  problems.push(
    errorAt(
      file ? file.displayPath : displayPath(path.join(own.folder.dir, FILES[key])),
      'template-incomplete',
      `template ${path.basename(own.folder.dir)} does not define ${missing || key}${r.error.issues.length > 5 ? ` and ${r.error.issues.length - 5} more` : ''}`,
      `add them to ${FILES[key]}, or write extends: default in ${TEMPLATE_FILE} to take the rest from the default template`,
    ),
  );
  return undefined;
}

/** The reports and speaker notes no template of the chain has. */
function missingTexts(own: Layer, texts: Awaited<ReturnType<typeof readTexts>>): Problem[] {
  const problems: Problem[] = [];
  const name = path.basename(own.folder.dir);
  for (const [rel, t] of [
    [REPORTS.html, texts.html],
    [REPORTS.markdown, texts.markdown],
  ] as const) {
    if (!t)
      problems.push(
        errorAt(
          displayPath(path.join(own.folder.dir, rel)),
          'template-incomplete',
          `template ${name} has no ${rel}`,
          `add it, or extend a template that has it`,
        ),
      );
  }
  for (const kind of slideKindIds) {
    if (!texts.notes[kind])
      problems.push(
        errorAt(
          displayPath(path.join(own.folder.dir, FILES.notes)),
          'template-incomplete',
          `template ${name} has no speaker notes for ${kind} slides`,
          `add ${FILES.notes}/${kind}.hbs, or extend a template that has it`,
        ),
      );
  }
  return problems;
}

/** The health, ranking and KPI rules, each value from the nearest template that sets it. */
function rulesOf(layers: readonly Layer[]): Pick<Template, 'health' | 'ranking' | 'kpis' | 'pdf' | 'formats'> {
  const formats = layers.find((l) => l.meta.formats !== undefined)?.meta.formats;
  return {
    ...(formats ? { formats } : {}),
    health: {
      redOverdueDays:
        layers.find((l) => l.meta.health?.red_overdue_days !== undefined)?.meta.health?.red_overdue_days ??
        DEFAULT_HEALTH_RULE.redOverdueDays,
      amberOverdueDays:
        layers.find((l) => l.meta.health?.amber_overdue_days !== undefined)?.meta.health?.amber_overdue_days ??
        DEFAULT_HEALTH_RULE.amberOverdueDays,
    },
    ranking: rankingOf(layers),
    kpis: {
      staleAfterDays:
        layers.find((l) => l.meta.kpis?.stale_after_days !== undefined)?.meta.kpis?.stale_after_days ??
        DEFAULT_KPI_RULE.staleAfterDays,
    },
    pdf: {
      timeoutSeconds:
        layers.find((l) => l.meta.pdf?.timeout_seconds !== undefined)?.meta.pdf?.timeout_seconds ??
        DEFAULT_PDF_SETTINGS.timeoutSeconds,
      previewWidth:
        layers.find((l) => l.meta.pdf?.preview_width !== undefined)?.meta.pdf?.preview_width ??
        DEFAULT_PDF_SETTINGS.previewWidth,
    },
  };
}

/** Each weight of the ranking from the nearest template that sets it, else the default. */
function rankingOf(layers: readonly Layer[]): RankingRule {
  const nearest = <T>(get: (l: Layer) => T | undefined, fallback: T): T =>
    layers.map(get).find((v) => v !== undefined) ?? fallback;
  const d = DEFAULT_RANKING;
  return {
    severity: {
      blocked: nearest((l) => l.meta.ranking?.severity?.blocked, d.severity.blocked),
      overdue: nearest((l) => l.meta.ranking?.severity?.overdue, d.severity.overdue),
      'at-risk': nearest((l) => l.meta.ranking?.severity?.['at-risk'], d.severity['at-risk']),
    },
    risk: nearest((l) => l.meta.ranking?.risk, d.risk),
    focus: nearest((l) => l.meta.ranking?.focus, d.focus),
  };
}

/**
 * Colours are pointed at where they are written: in the nearest template that
 * writes one of the paths (so a template that changes the background is told
 * in its own theme.yaml), the first path winning within one file.
 */
function colourLocator(layers: readonly Layer[]): LocateColour {
  return (paths) => {
    for (const l of layers) {
      const colors = l.theme?.data.colors;
      for (const p of paths) {
        const found = p.reduce<unknown>(
          (at, k) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[k] : undefined),
          colors,
        );
        if (found !== undefined) return l.theme?.file.locate(['colors', ...p]);
      }
    }
    return undefined;
  };
}

/** Decks merge by name: a template's deck replaces the deck of the same name it extends. */
function mergeDecks(rootFirst: Layer[]): unknown {
  let out: { default?: unknown; decks: Record<string, unknown> } = { decks: {} };
  for (const l of rootFirst) {
    const d = l.deck?.data as { default?: unknown; decks?: Record<string, unknown> } | undefined;
    if (!d) continue;
    out = {
      ...out,
      ...(d.default !== undefined ? { default: d.default } : {}),
      decks: { ...out.decks, ...(d.decks ?? {}) },
    };
  }
  return out;
}
