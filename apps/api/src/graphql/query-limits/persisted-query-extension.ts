import { BadUserInputError, CoreErrorReason, domainErrorBody } from '@chainmatch/core';
import type { RequestHandler } from 'express';

const SHA_256 = /^[0-9a-f]{64}$/i;

/**
 * Automatic persisted queries send `extensions.persistedQuery = { version: 1, sha256Hash }`. Apollo
 * trusts the shape and fails on anything else with an internal error; this refuses a malformed one
 * before it gets there, as BAD_USER_INPUT naming the part at fault, status 400.
 */
export const persistedQueryExtensionCheck: RequestHandler = (request, response, next) => {
  const extensions: unknown = request.method === 'GET' ? parsedQueryParameter(request.query.extensions) : (request.body as { extensions?: unknown } | undefined)?.extensions;
  const problem = persistedQueryProblem(extensions);
  if (!problem) return next();
  response.status(400).json({ errors: [domainErrorBody(problem)] });
};

function persistedQueryProblem(extensions: unknown): BadUserInputError | undefined {
  if (!isObject(extensions) || extensions.persistedQuery === undefined || extensions.persistedQuery === null) return undefined;
  const persisted = extensions.persistedQuery;
  const refuse = (field: string, message: string) => BadUserInputError.of(`extensions.persistedQuery${field}`, message, CoreErrorReason.INVALID_PERSISTED_QUERY);
  if (!isObject(persisted)) return refuse('', 'must be an object { version: 1, sha256Hash }');
  if (persisted.version !== 1) return refuse('.version', 'must be 1, the only version served');
  if (typeof persisted.sha256Hash !== 'string' || !SHA_256.test(persisted.sha256Hash)) {
    return refuse('.sha256Hash', 'must be the SHA-256 of the query in 64 hexadecimal digits');
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** GET requests carry extensions as JSON in the query string; Apollo answers one that does not parse. */
function parsedQueryParameter(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
