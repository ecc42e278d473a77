import { triggersMigration } from '@chainmatch/database';
import { SEARCH_LEXICON_TRIGGERS } from '../sync/search.triggers.js';

/**
 * The lexicon-edit trigger as declared in search.triggers.ts (written by hand in LexiconAnalysis,
 * before triggers were declared): same name and behaviour, the function's text as generated.
 */
export class DeclaredLexiconTriggers1764000063000 extends triggersMigration('DeclaredLexiconTriggers1764000063000', SEARCH_LEXICON_TRIGGERS) {}
