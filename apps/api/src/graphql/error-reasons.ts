import { AuthErrorReason } from '@chainmatch/auth';
import { CoreErrorReason } from '@chainmatch/core';
import { EnterpriseErrorReason } from '@chainmatch/enterprises';
import { InsightErrorReason } from '@chainmatch/insight';
import { InterestErrorReason } from '@chainmatch/interest';
import { LexiconErrorReason } from '@chainmatch/lexicon';
import { ListingErrorReason } from '@chainmatch/listings';
import { MatchErrorReason } from '@chainmatch/matching';
import { SearchErrorReason } from '@chainmatch/search';

/**
 * Every lib's enum of refusal reasons. No field returns them: they are added to the schema so that
 * clients can read (and generate types for) the values of `extensions.reason` they switch on.
 * The schema contract test fails when a lib exports one that is not listed here.
 */
export const ERROR_REASON_ENUMS: object[] = [
  CoreErrorReason, AuthErrorReason, EnterpriseErrorReason, ListingErrorReason, InterestErrorReason, MatchErrorReason, SearchErrorReason,
  InsightErrorReason, LexiconErrorReason,
];
