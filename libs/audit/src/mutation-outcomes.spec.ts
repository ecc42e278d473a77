import { Role, type AuthUser } from '@chainmatch/auth';
import { auditEntriesFor, type MutationRequest } from './mutation-outcomes.js';

const LISTING_ID = '3f1c1f3e-8a8e-4c4b-9f57-1d2f0f3b9a11';
const USER_ID = '0b6c3b0e-57a1-4f0e-9d0c-44a9b3f1c2d7';
const member: AuthUser = {
  userId: USER_ID, role: Role.ENTERPRISE_MEMBER, sessionId: 's', enterpriseId: 'e', allianceId: null, coverage: null,
};
const types: Record<string, string> = { closeListing: 'Listing', createListing: 'Listing', login: 'AuthPayload', createWidget: 'FancyWidget' };

function request(overrides: Partial<MutationRequest>): MutationRequest {
  return {
    rootFields: [{ responseKey: 'closeListing', fieldName: 'closeListing', idArgument: LISTING_ID }],
    resolved: new Map(),
    errors: [],
    returnTypeOf: (name) => types[name],
    actor: member,
    ip: '10.1.2.3',
    ...overrides,
  };
}

describe('auditEntriesFor', () => {
  it('records a mutation that ran and succeeded as OK, with actor, target and ip', () => {
    const resolved = new Map([['closeListing', { idArgument: LISTING_ID, result: { id: LISTING_ID, title: 'secret?' } }]]);
    expect(auditEntriesFor(request({ resolved }))).toEqual([{
      actorUserId: USER_ID, actorRole: 'ENTERPRISE_MEMBER', action: 'closeListing', targetType: 'LISTING', targetId: LISTING_ID,
      outcome: 'OK', reason: null, ip: '10.1.2.3',
    }]);
  });

  it('records the code and reason of the error at the field\'s own path, e.g. a guard\'s refusal', () => {
    const resolved = new Map([['closeListing', { idArgument: LISTING_ID, result: undefined }]]);
    const errors = [{ message: 'no', path: ['closeListing'], extensions: { code: 'FORBIDDEN', reason: 'NOT_YOUR_ENTERPRISE' } }];
    expect(auditEntriesFor(request({ resolved, errors, actor: undefined }))[0]).toMatchObject({
      actorUserId: null, actorRole: null, outcome: 'FORBIDDEN', reason: 'NOT_YOUR_ENTERPRISE', targetId: LISTING_ID,
    });
  });

  it('keeps OK when only a field inside the result failed: the write happened', () => {
    const resolved = new Map([['closeListing', { idArgument: LISTING_ID, result: { id: LISTING_ID } }]]);
    const errors = [{ message: 'x', path: ['closeListing', 'enterprise'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
    expect(auditEntriesFor(request({ resolved, errors }))[0].outcome).toBe('OK');
  });

  it('gives fields that never ran the request\'s refusal, or NOT_EXECUTED after an earlier failure', () => {
    const rootFields = [
      { responseKey: 'a', fieldName: 'closeListing', idArgument: LISTING_ID },
      { responseKey: 'b', fieldName: 'closeListing', idArgument: 'not-a-uuid' },
    ];
    const mixed = [rootFields[0], { responseKey: 'logout', fieldName: 'logout' }];
    const refused = auditEntriesFor(request({ rootFields: mixed, errors: [{ message: 'deep', extensions: { code: 'QUERY_TOO_DEEP', depth: 12 } }] }));
    expect(refused.map((e) => [e.action, e.outcome, e.targetId])).toEqual([['closeListing', 'QUERY_TOO_DEEP', LISTING_ID], ['logout', 'QUERY_TOO_DEEP', null]]);

    const resolved = new Map([['a', { idArgument: LISTING_ID, result: undefined }]]);
    const partly = auditEntriesFor(request({ rootFields, resolved, errors: [{ message: 'c', path: ['a'], extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } }] }));
    expect(partly.map((e) => [e.outcome, e.reason])).toEqual([['CONFLICT', 'STALE_VERSION'], ['NOT_EXECUTED', null]]);
  });

  it('writes one entry per mutation name for an operation refused whole, however many aliases repeat it', () => {
    const rootFields = Array.from({ length: 1000 }, (_, i) => ({ responseKey: `a${i}`, fieldName: 'refreshSession' }));
    const errors = [{ message: 'too many', extensions: { code: 'RATE_LIMITED', reason: 'TOO_MANY_MUTATIONS' } }];
    expect(auditEntriesFor(request({ rootFields, errors }))).toEqual([expect.objectContaining({ action: 'refreshSession', outcome: 'RATE_LIMITED', reason: 'TOO_MANY_MUTATIONS' })]);
  });

  it('takes the target from the result when there is no id argument, through the map\'s idOf for payloads', () => {
    const created = auditEntriesFor(request({
      rootFields: [{ responseKey: 'createListing', fieldName: 'createListing' }],
      resolved: new Map([['createListing', { idArgument: undefined, result: { id: LISTING_ID.toUpperCase() } }]]),
    }))[0];
    expect(created).toMatchObject({ targetType: 'LISTING', targetId: LISTING_ID });

    const login = auditEntriesFor(request({
      actor: undefined,
      rootFields: [{ responseKey: 'login', fieldName: 'login' }],
      resolved: new Map([['login', { idArgument: undefined, result: { accessToken: 't', user: { id: USER_ID } } }]]),
    }))[0];
    expect(login).toMatchObject({ action: 'login', targetType: 'USER', targetId: USER_ID, actorUserId: null });
  });

  it('falls back to the return type for mutations missing from the map', () => {
    const entry = auditEntriesFor(request({
      rootFields: [{ responseKey: 'createWidget', fieldName: 'createWidget' }],
      resolved: new Map([['createWidget', { idArgument: undefined, result: { id: LISTING_ID } }]]),
    }))[0];
    expect(entry).toMatchObject({ targetType: 'FANCY_WIDGET', targetId: LISTING_ID });
  });

  it('records nothing of the arguments or the result beyond the target id', () => {
    const resolved = new Map([['closeListing', { idArgument: LISTING_ID, result: { id: LISTING_ID, password: 'hunter2' } }]]);
    const [entry] = auditEntriesFor(request({ resolved }));
    expect(Object.keys(entry).sort()).toEqual(['action', 'actorRole', 'actorUserId', 'ip', 'outcome', 'reason', 'targetId', 'targetType']);
    expect(JSON.stringify(entry)).not.toContain('hunter2');
  });
});
