/** ztdeck's programmatic API: the pipeline's stages, for tools that build on ztdeck. */
export { build, deckFileName, type BuildOptions, type BuildResult } from './pipeline/build.js';
export { allFormats, outputs, type OutputFormat } from './pipeline/outputs.js';
export { catalogsFor, validateFolder as validate } from './pipeline/validate.js';
export { main } from './cli/main.js';
export { exitCodes } from './cli/exit-codes.js';
export { writeFiles, type OutputFile, type OwnedFolder } from './output/write-files.js';
export type { Problem, Severity, SourceLocation } from './problems/problem.js';
export type { ProgramData, ObjectiveKey } from './validate/program-data.js';
export type { Catalog } from './schema/catalog.js';
export type { ProgramFile } from './schema/program.js';
export type { ScenarioFile } from './schema/scenario.js';
