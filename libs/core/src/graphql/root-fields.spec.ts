import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { rootFieldsOf } from './root-fields.js';

function fieldsOf(source: string, variables?: Record<string, unknown>) {
  const { definitions } = parse(source);
  const operation = definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  return rootFieldsOf(operation, fragments, variables);
}

const ID = '3f1c1f3e-8a8e-4c4b-9f57-1d2f0f3b9a11';

describe('rootFieldsOf', () => {
  it('lists root fields in order by response key, with aliases', () => {
    expect(fieldsOf(`mutation { a: closeListing(id: "${ID}", expectedVersion: 1) { id } logout }`)).toEqual([
      { responseKey: 'a', fieldName: 'closeListing', idArgument: ID },
      { responseKey: 'logout', fieldName: 'logout', idArgument: undefined },
    ]);
  });

  it('reads the id argument from a literal or a string variable only', () => {
    expect(fieldsOf('mutation($id: ID!) { publishListing(id: $id, expectedVersion: 1) { id } }', { id: ID })[0].idArgument).toBe(ID);
    expect(fieldsOf('mutation($id: ID!) { publishListing(id: $id, expectedVersion: 1) { id } }', { id: 42 })[0].idArgument).toBeUndefined();
    expect(fieldsOf('mutation { createListing(input: {}) { id } }')[0].idArgument).toBeUndefined();
  });

  it('follows fragments and inline fragments on the root, once per response key', () => {
    expect(fieldsOf(`
      mutation { ...M ... on Mutation { logout } logout }
      fragment M on Mutation { login(email: "a", password: "b") { accessToken } ...M2 }
      fragment M2 on Mutation { signUp(input: {}) { accessToken } }
    `).map((f) => f.fieldName)).toEqual(['login', 'signUp', 'logout']);
  });

  it('honours @skip and @include, from literals and variables', () => {
    const source = 'mutation($no: Boolean!) { logout @skip(if: true) a: logout @include(if: $no) b: logout @include(if: true) }';
    expect(fieldsOf(source, { no: false }).map((f) => f.responseKey)).toEqual(['b']);
  });

  it('ignores __typename', () => {
    expect(fieldsOf('mutation { __typename logout }').map((f) => f.fieldName)).toEqual(['logout']);
  });
});
