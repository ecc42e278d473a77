import { buildSchema, GraphQLError } from 'graphql';
import { prepareSubscription } from './ws-operation.js';

const schema = buildSchema(`
  type Query { me: User }
  type Subscription { changed(first: Int): [User!]! }
  type User { id: ID! friends: [User!]! }
`);
const limits = { maxDepth: 4, maxComplexity: 500, defaultPageSize: 20, maxPageSize: 100, fields: {} };
const codesOf = (result: ReturnType<typeof prepareSubscription>) =>
  Array.isArray(result) ? result.map((error: GraphQLError) => [error.extensions.code, error.extensions.reason]) : 'accepted';

describe('prepareSubscription', () => {
  it('accepts a valid subscription and returns what to execute', () => {
    const result = prepareSubscription({ query: 'subscription On { changed { id } }', operationName: 'On', variables: { a: 1 } }, schema, limits);
    expect(result).toMatchObject({ schema, operationName: 'On', variableValues: { a: 1 }, document: expect.anything() });
  });

  it('refuses queries and mutations: those go over HTTP, where rate limits and the audit log apply', () => {
    expect(codesOf(prepareSubscription({ query: '{ me { id } }' }, schema, limits))).toEqual([['BAD_REQUEST', 'NOT_A_SUBSCRIPTION']]);
  });

  it('refuses what does not parse or validate, with the codes HTTP uses', () => {
    expect(codesOf(prepareSubscription({ query: 'subscription {' }, schema, limits))).toEqual([['GRAPHQL_PARSE_FAILED', undefined]]);
    expect(codesOf(prepareSubscription({ query: 'subscription { nope }' }, schema, limits))).toEqual([['GRAPHQL_VALIDATION_FAILED', undefined]]);
  });

  it('holds subscriptions to the depth and complexity limits', () => {
    const deep = 'subscription { changed { friends { friends { friends { id } } } } }';
    expect(codesOf(prepareSubscription({ query: deep }, schema, limits))).toEqual([['QUERY_TOO_DEEP', undefined]]);
    const costly = 'subscription { changed(first: 100) { id friends { id friends { id } } } }';
    expect(codesOf(prepareSubscription({ query: costly }, schema, { ...limits, maxComplexity: 10 })))
      .toEqual([['QUERY_TOO_COMPLEX', undefined]]);
  });
});
