/**
 * The factlint engine's public surface. Everything exported here is pure: it takes text in
 * memory and returns plain data, so the language server and the CLI share it unchanged.
 */
export { assembleFactBase, loadFactBase, loadFile } from './factbase/load';
export type { FactFileInput, LoadedFile, LoadResult } from './factbase/load';
export { checkSourceLocators, splitSourceParagraphs } from './factbase/sourceText';
export type { SourceParagraph } from './factbase/sourceText';
export { PROBLEM_KINDS } from './factbase/problems';
export type { Problem, ProblemKind, RelatedLocation, Severity } from './factbase/problems';
export { DEFAULT_LIMITS } from './factbase/yamlFile';
export type { LoaderLimits } from './factbase/yamlFile';
export { FACT_FILE_SCHEMA } from './factbase/schema';
export { valuesAgree } from './factbase/agreement';
export type * from './factbase/model';
export { stateAt } from './factbase/timeline';
export type { StateAt } from './factbase/timeline';
