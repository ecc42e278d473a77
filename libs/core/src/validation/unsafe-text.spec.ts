import { parse, type OperationDefinitionNode } from 'graphql';
import { unsafeTextIn, unsafeTextProblem, unsafeVariables } from './unsafe-text.js';

describe('unsafe text', () => {
  it('finds NUL and lone surrogates, and passes any real character', () => {
    expect(unsafeTextProblem('a\u0000b')).toMatch(/NUL/);
    expect(unsafeTextProblem('a\uD800b')).toMatch(/surrogate/);
    expect(unsafeTextProblem('\uDC00')).toMatch(/surrogate/);
    expect(unsafeTextProblem('封装测试 😀 \t\n')).toBeUndefined();
  });

  it('names every unsafe string inside variables by its path', () => {
    expect(unsafeTextIn({ title: 'ok', keywords: ['x', 'y\u0000'], attributes: [{ value: '\uD83D' }] }, 'input')).toEqual([
      { field: 'input.keywords[1]', message: expect.stringMatching(/NUL/) },
      { field: 'input.attributes[0].value', message: expect.stringMatching(/surrogate/) },
    ]);
  });

  it('looks only at the variables the operation defines', () => {
    const operation = parse('query($a: String) { x(a: $a) }').definitions[0] as OperationDefinitionNode;
    expect(unsafeVariables(operation, { a: 'a\u0000', other: 'b\u0000' })).toEqual([{ field: 'a', message: expect.any(String) }]);
  });
});
