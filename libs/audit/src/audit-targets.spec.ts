import { targetTypeFromTypeName } from './audit-targets.js';

describe('targetTypeFromTypeName', () => {
  it.each([
    ['Listing', 'LISTING'],
    ['EnterpriseInvitation', 'ENTERPRISE_INVITATION'],
    ['AuthPayload', 'AUTH_PAYLOAD'],
    [undefined, null],
  ])('%p → %p', (typeName, expected) => {
    expect(targetTypeFromTypeName(typeName)).toBe(expected);
  });
});
