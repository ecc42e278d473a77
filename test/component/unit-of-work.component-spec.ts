import { Transactions } from '@chainmatch/core';
import { ContactGrantService } from '@chainmatch/enterprises';
import { signUpMember, type Member } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * The unit of work travels with the call, not in parameters: a helper joins its caller's
 * transaction by itself, and a step that belongs to a transaction refuses to commit alone.
 */
describe('transactions carried in the unit of work', () => {
  let api: TestApi;
  let transactions: Transactions;
  let grants: ContactGrantService;
  let a: Member;
  let b: Member;

  const grantsBetween = async () =>
    (await api.sql(`SELECT count(*)::int AS n FROM contact_grant WHERE viewer_enterprise_id IN ($1, $2)`, [a.enterpriseId, b.enterpriseId]))[0].n;
  const rolledBack = new Error('the step failed after granting');

  beforeAll(async () => {
    api = await startTestApi();
    transactions = api.app.get(Transactions);
    grants = api.app.get(ContactGrantService);
    a = await signUpMember(api);
    b = await signUpMember(api);
  });
  afterAll(() => api.close());

  it('refuses a contact grant outside a transaction: it must commit or roll back with the step that earned it', async () => {
    await expect(grants.grantMutual(a.enterpriseId, b.enterpriseId, 'MATCH', a.enterpriseId)).rejects.toThrow(/inside its caller's transaction/);
    expect(await grantsBetween()).toBe(0);
  });

  it('rolls a grant back with the step around it, and commits it with the step', async () => {
    const step = (fail: boolean) => transactions.run(async () => {
      await grants.grantMutual(a.enterpriseId, b.enterpriseId, 'MATCH', a.enterpriseId);
      if (fail) throw rolledBack;
    });
    await expect(step(true)).rejects.toBe(rolledBack);
    expect(await grantsBetween()).toBe(0);
    await step(false);
    expect(await grantsBetween()).toBe(2);
  });

  it('lets a nested run join the outer transaction rather than commit on its own', async () => {
    const marker = `nested-${Date.now()}`;
    await expect(transactions.run(async () => {
      await transactions.run(() => transactions.tx.query(`UPDATE enterprise SET name_en = $1 WHERE id = $2`, [marker, a.enterpriseId]));
      throw rolledBack;
    })).rejects.toBe(rolledBack);
    expect(await api.sql(`SELECT 1 FROM enterprise WHERE name_en = $1`, [marker])).toEqual([]);
  });

  it('runs a unit of work at the isolation level it asks for, and refuses to let such a one join a caller', async () => {
    const level = async () => ((await transactions.tx.query(`SHOW transaction_isolation`)) as { transaction_isolation: string }[])[0].transaction_isolation;
    expect(await transactions.run(level)).toBe('read committed');
    expect(await transactions.run(level, 'REPEATABLE READ')).toBe('repeatable read');
    await expect(transactions.run(() => transactions.run(level, 'REPEATABLE READ'))).rejects.toThrow(/cannot join its caller's transaction/);
  });
});
