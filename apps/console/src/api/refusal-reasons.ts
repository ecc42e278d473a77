import type {
  AuthErrorReason, CoreErrorReason, EnterpriseErrorReason, InsightErrorReason, InterestErrorReason, ListingErrorReason, MatchErrorReason,
  SearchErrorReason,
} from '../gql/schema-enums';

/** Every value the API may put in `extensions.reason`: its libs' enums, generated from the schema. */
export type RefusalReason = CoreErrorReason | AuthErrorReason | EnterpriseErrorReason | ListingErrorReason | InterestErrorReason
  | MatchErrorReason | SearchErrorReason | InsightErrorReason;

/** A reason the console reacts to, checked against the schema at type-check time. */
export const knownReason = <R extends RefusalReason>(value: R): R => value;
