import path from 'node:path';
import { relabelStages } from '../model/relabel.js';
import type { ProgramModel } from '../model/types.js';
import type { Problem, SourceLocation } from '../problems/problem.js';
import { DEFAULT_TEMPLATE } from '../schema/program.js';
import { loadTemplate, type Template } from '../templating/load-template.js';
import { Wording } from '../templating/wording.js';

/** Where the template of a build comes from: the flag wins over the program file, which wins over the default. */
export interface TemplateChoice {
  /** --template: a name, or a path from the working directory. */
  flag?: string | undefined;
  /** template: in program.yaml: a name, or a path from the program folder. */
  program?: string | undefined;
  /** The program folder, which a path in program.yaml is relative to. */
  programDir: string;
  /** Where program.yaml names the template, to locate a template that cannot be found. */
  programLocation?: SourceLocation | undefined;
}

/** A template with its words, opened once per build or comparison. */
export interface OpenedTemplate {
  template: Template;
  wording: Wording;
  /** The model with its stages named in the template's words ("Phase 2" where the catalog says "Stage 2"). */
  relabel(model: ProgramModel): ProgramModel;
}

/** The template opened, or the problems that stop it; `folders` are the template folders read (see loadTemplate). */
export interface OpenedResult {
  opened?: OpenedTemplate;
  problems: Problem[];
  folders: string[];
}

export async function openTemplate(choice: TemplateChoice): Promise<OpenedResult> {
  const loaded = choice.flag
    ? await loadTemplate(choice.flag)
    : await loadTemplate(choice.program ?? DEFAULT_TEMPLATE, {
        base: path.resolve(choice.programDir),
        from: choice.program === undefined ? undefined : choice.programLocation,
      });
  if (!loaded.template) return { problems: loaded.problems, folders: loaded.folders };
  const wording = new Wording(loaded.template);
  const relabel = (model: ProgramModel) =>
    relabelStages(model, (position, label) => wording.t('stage_label', { position, label }));
  return {
    opened: { template: loaded.template, wording, relabel },
    problems: loaded.problems,
    folders: loaded.folders,
  };
}
