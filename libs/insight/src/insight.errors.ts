import { BadUserInputError, NotFoundError } from '@chainmatch/core';

export const notFoundSnapshot = (id: string, field: string) =>
  BadUserInputError.of(field, `names no finished insight snapshot (${id})`, 'UNKNOWN_SNAPSHOT');

export const enterpriseNotFound = (id: string) => new NotFoundError('Enterprise', id);

export const leaderNotFound = (enterpriseId: string, chainId: string) => new NotFoundError('ChainLeader', `${enterpriseId}/${chainId}`);
