import { LexiconEditEntity } from './edits/lexicon-edit.entity.js';
import { CreateLexiconEdits1764000050000 } from './migrations/1764000050000-CreateLexiconEdits.js';

export { LEXICON_DATA_DIR, readLexiconFiles } from './data/lexicon-files.js';
export { LexiconEditAction, LexiconEditEntity } from './edits/lexicon-edit.entity.js';
export { LexiconErrorReason } from './lexicon.errors.js';
export { LexiconCoreModule, LexiconModule } from './lexicon.module.js';
export { LexiconService } from './lexicon.service.js';
export type { LexiconListener } from './lexicon.service.js';
export { GENERIC_TERMS } from './model/generic-terms.js';
export { Lexicon, termKey } from './model/lexicon.js';
export { describeProblems, validateLexicon } from './model/lexicon-validation.js';
export type { LexiconProblem, TaxonomyIds } from './model/lexicon-validation.js';
export { TERM_TYPES, termsOf } from './model/lexicon.types.js';
export type { LexiconFile, TermGroup, TermType } from './model/lexicon.types.js';

export const lexiconEntities = [LexiconEditEntity];
export const lexiconMigrations = [CreateLexiconEdits1764000050000];
