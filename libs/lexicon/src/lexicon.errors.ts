import { errorReasons } from '@chainmatch/core';

/** `extensions.reason` of the refusals of lexicon edits. */
export const LexiconErrorReason = errorReasons('LexiconErrorReason', 'Values of `extensions.reason` of refusals of lexicon edits.', {
  LEXICON_GROUP_EXISTS: 'CONFLICT: a group of that id exists already; update it instead.',
  INVALID_LEXICON_GROUP: 'BAD_USER_INPUT: the lexicon as edited would break its rules (a term twice in the chain, an unknown segment or broader group, a broader cycle); each violation names its field.',
});
export type LexiconErrorReason = (typeof LexiconErrorReason)[keyof typeof LexiconErrorReason];
