export {
  BadUserInputError, ConflictError, DomainError, ErrorCode, ForbiddenError, NotFoundError, RateLimitedError, RETRYABLE_CODES, staleVersion,
  UnauthenticatedError,
} from './errors/domain-error.js';
export type { ErrorDetails, FieldViolation, FindableEntity } from './errors/domain-error.js';
export { CoreErrorReason, errorReasons } from './errors/core-error-reasons.js';
export { createGraphQLErrorFormatter, domainErrorBody } from './errors/format-graphql-error.js';
export { ConnectionType, PageInfo } from './pagination/connection.type.js';
export type { Connection, Edge } from './pagination/connection.type.js';
export { decodeCursor, encodeCursor, isBigintId } from './pagination/cursor.js';
export type { IdKind, SortKind } from './pagination/cursor.js';
export { newestFirst, readKeysetPage, resolvePageSize } from './pagination/keyset-page.js';
export type { KeysetOrder } from './pagination/keyset-page.js';
export { DEFAULT_PAGE_SIZE, PageArgs } from './pagination/page-args.js';
export { InputValidationPipe } from './validation/input-validation.pipe.js';
export { alignToKeys, loadById, requestLoader } from './loaders/request-loader.js';
export { databaseNow } from './database/database-clock.js';
export { findByIds } from './database/find-by-ids.js';
export { Transactions, TransactionsModule } from './database/transactions.js';
export type { IsolationLevel } from './database/transactions.js';
export { numericTransformer } from './database/numeric.transformer.js';
export { ParseIdPipe } from './validation/parse-id.pipe.js';
export { DomainErrorFilter } from './errors/domain-error.filter.js';
export { UnexpectedErrorFilter } from './errors/unexpected-error.filter.js';
export { LoopRunner } from './scheduling/loop-runner.js';
export type { LoopHealth, LoopLogger, LoopSchedule } from './scheduling/loop-runner.js';
export { answerWithin } from './async/answer-within.js';
export { isIncluded, rootFieldsOf } from './graphql/root-fields.js';
export type { RootField } from './graphql/root-fields.js';
export { DateTimeScalar, parseDateTime } from './scalars/date-time.scalar.js';
export { ArgumentLiteralsRule } from './validation/argument-literals.rule.js';
export { unsafeTextIn, unsafeTextProblem, unsafeVariables } from './validation/unsafe-text.js';
export { inheritReferences, REFERENCE_ID_LOOKUP, References, UNKNOWN_REFERENCE, unknownReferences } from './validation/reference-ids.js';
export type { ReferenceIdLookup, ReferenceKind } from './validation/reference-ids.js';
