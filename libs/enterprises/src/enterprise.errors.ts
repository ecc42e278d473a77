import { BadUserInputError, ConflictError, CoreErrorReason, errorReasons, NotFoundError, staleVersion } from '@chainmatch/core';
import type { UsccProblem } from './uscc/uscc.js';

/** `extensions.reason` values of the refusals this module gives, besides the generic ones. */
export const EnterpriseErrorReason = errorReasons('EnterpriseErrorReason', 'Values of `extensions.reason` of refusals about enterprises and joining them.', {
  USCC_LENGTH: 'BAD_USER_INPUT: a USCC has 18 characters.',
  USCC_CHARSET: 'BAD_USER_INPUT: a USCC uses digits and capitals except I, O, Z, S and V.',
  USCC_CHECK_CHARACTER: 'BAD_USER_INPUT: the check character (GB 32100-2015) is wrong.',
  USCC_ALREADY_REGISTERED: 'CONFLICT: an enterprise with this USCC is registered.',
  UNKNOWN_COUNTY: 'BAD_USER_INPUT: no county of the region has this adcode.',
  UNKNOWN_SEGMENT: 'BAD_USER_INPUT: names an unknown chain segment.',
  EMPTY_UPDATE: 'BAD_USER_INPUT: the update names no field to change.',
  ENTERPRISE_OR_INVITATION: 'BAD_USER_INPUT: sign up with either a new enterprise or an invitation code.',
  INVALID_INVITATION: 'BAD_USER_INPUT: the invitation is unknown, used or expired.',
  ENTERPRISE_REQUIRED: 'BAD_USER_INPUT: name the enterprise (admins act for none of their own).',
  UNKNOWN_ENTERPRISE: 'BAD_USER_INPUT: no such enterprise.',
  REVIEW_FLAGS_FOR_STAFF: 'UNAUTHENTICATED or FORBIDDEN: only alliance staff and admins filter enterprises by review flags.',
});
export type EnterpriseErrorReason = (typeof EnterpriseErrorReason)[keyof typeof EnterpriseErrorReason];

const USCC_REASONS: Record<UsccProblem, EnterpriseErrorReason> = {
  LENGTH: EnterpriseErrorReason.USCC_LENGTH,
  CHARSET: EnterpriseErrorReason.USCC_CHARSET,
  CHECK_CHARACTER: EnterpriseErrorReason.USCC_CHECK_CHARACTER,
};

export const invalidUscc = (problem: UsccProblem, message: string) =>
  BadUserInputError.of('input.uscc', message, USCC_REASONS[problem]);

export const usccAlreadyRegistered = (uscc: string) =>
  new ConflictError(`an enterprise with USCC ${uscc} is already registered`, EnterpriseErrorReason.USCC_ALREADY_REGISTERED, {
    field: 'input.uscc',
  });

export const unknownCounty = (adcode: string) =>
  BadUserInputError.of('input.countyAdcode', `no county of the region has adcode ${adcode}`, EnterpriseErrorReason.UNKNOWN_COUNTY);

export const unknownSegments = (ids: string[]) =>
  BadUserInputError.of('input.segmentIds', `unknown segment ${ids.join(', ')}`, EnterpriseErrorReason.UNKNOWN_SEGMENT);

export const malformedEnterpriseId = (field: string) =>
  BadUserInputError.of(field, 'is not an enterprise id (a UUID)', CoreErrorReason.INVALID_ID);

export const emptyUpdate = () => BadUserInputError.of('input', 'names no field to change', EnterpriseErrorReason.EMPTY_UPDATE);

export const enterpriseNotFound = (id: string) => new NotFoundError('Enterprise', id);

/** Someone else updated the enterprise since the client read it: it should re-read and retry. */
export const staleEnterpriseVersion = (expectedVersion: number, currentVersion: number) => staleVersion('enterprise', expectedVersion, currentVersion);

export const unknownEnterprise = (field: string) => BadUserInputError.of(field, 'no such enterprise', EnterpriseErrorReason.UNKNOWN_ENTERPRISE);
export const enterpriseRequired = (field: string) =>
  BadUserInputError.of(field, 'name the enterprise', EnterpriseErrorReason.ENTERPRISE_REQUIRED);
