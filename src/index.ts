/** ztdeck's programmatic API. */
export { catalogsFor, validate } from './api.js';
export { main } from './cli/main.js';
export { exitCodes } from './cli/exit-codes.js';
export type { Problem, Severity, SourceLocation } from './report/problem.js';
export type { ProgramData, ObjectiveKey } from './validate/program-data.js';
export type { Catalog } from './schema/catalog.js';
export type { ProgramFile } from './schema/program.js';
export type { ScenarioFile } from './schema/scenario.js';
