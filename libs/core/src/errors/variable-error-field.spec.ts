import { fieldOfVariableError } from './variable-error-field.js';

describe('fieldOfVariableError', () => {
  it.each([
    ['Variable "$input" got invalid value "HUGE" at "input.size"; Value "HUGE" does not exist in "EnterpriseSize" enum.', 'input.size'],
    ['Variable "$input" got invalid value { kind: "SUPPLY" }; Field "title" of required type "String!" was not provided.', 'input.title'],
    ['Variable "$input" got invalid value {} at "input.quantity"; Field "unit" of required type "String!" was not provided.', 'input.quantity.unit'],
    ['Variable "$id" of required type "ID!" was not provided.', 'id'],
    ['Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"', 'first'],
  ])('reads %s', (message, field) => {
    expect(fieldOfVariableError(message)).toBe(field);
  });

  it('ignores other messages', () => {
    expect(fieldOfVariableError('Cannot query field "x" on type "Query".')).toBeUndefined();
  });
});
