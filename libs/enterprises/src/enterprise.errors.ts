import { BadUserInputError, ConflictError, NotFoundError } from '@chainmatch/core';
import type { UsccProblem } from './uscc/uscc.js';

/** `extensions.reason` values of the refusals this module gives, besides the generic ones. */
export enum EnterpriseErrorReason {
  USCC_LENGTH = 'USCC_LENGTH',
  USCC_CHARSET = 'USCC_CHARSET',
  USCC_CHECK_CHARACTER = 'USCC_CHECK_CHARACTER',
  USCC_ALREADY_REGISTERED = 'USCC_ALREADY_REGISTERED',
  UNKNOWN_COUNTY = 'UNKNOWN_COUNTY',
  UNKNOWN_SEGMENT = 'UNKNOWN_SEGMENT',
  INVALID_ID = 'INVALID_ID',
  EMPTY_UPDATE = 'EMPTY_UPDATE',
  STALE_VERSION = 'STALE_VERSION',
}

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
  BadUserInputError.of(field, 'is not an enterprise id (a UUID)', EnterpriseErrorReason.INVALID_ID);

export const emptyUpdate = () => BadUserInputError.of('input', 'names no field to change', EnterpriseErrorReason.EMPTY_UPDATE);

export const enterpriseNotFound = (id: string) => new NotFoundError('Enterprise', id);

/** Someone else updated the enterprise since the client read it: it should re-read and retry. */
export const staleEnterpriseVersion = (id: string, expectedVersion: number, currentVersion: number) =>
  new ConflictError(
    `enterprise ${id} is at version ${currentVersion}, not ${expectedVersion}`,
    EnterpriseErrorReason.STALE_VERSION,
    { currentVersion },
  );
