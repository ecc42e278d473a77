import { signUpMember, TEST_PASSWORD } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const EMAIL_LIMIT = 5;
const IP_LIMIT = 10;

/** Sends the logins all at once and tallies how they were answered: INVALID_CREDENTIALS means the password was checked. */
async function tally(api: TestApi, logins: { email: string; password: string }[]): Promise<Record<string, number>> {
  const answers = await Promise.all(logins.map(async (variables) => {
    const { errors } = await api.graphql.request(LOGIN, variables);
    return String(errors?.[0]?.extensions?.reason ?? 'SIGNED_IN');
  }));
  return answers.reduce<Record<string, number>>((counts, reason) => ({ ...counts, [reason]: (counts[reason] ?? 0) + 1 }), {});
}

describe('concurrent logins cannot outrun the throttle (issue 8.12)', () => {
  let api: TestApi;
  beforeAll(async () => {
    // An hour-long window, so no burst straddles the edge of one.
    api = await startTestApi({ env: {
      RATE_LIMIT_WINDOW_SECONDS: '3600', LOGIN_ATTEMPTS_MAX: String(EMAIL_LIMIT), LOGIN_ATTEMPTS_PER_IP_MAX: String(IP_LIMIT), MUTATIONS_MAX: '10000',
    } });
  });
  afterAll(() => api.close());

  it('checks at most the limit of 30 parallel guesses at one email, and refuses the rest unchecked', async () => {
    const victim = await signUpMember(api);
    const counts = await tally(api, Array.from({ length: 30 }, (_, i) => ({ email: victim.email, password: `guess number ${i}` })));
    expect(counts).toEqual({ INVALID_CREDENTIALS: EMAIL_LIMIT, TOO_MANY_LOGIN_ATTEMPTS: 30 - EMAIL_LIMIT });
    expect((await tally(api, [{ email: victim.email, password: TEST_PASSWORD }]))).toEqual({ TOO_MANY_LOGIN_ATTEMPTS: 1 });
  });

  it('checks at most the IP\'s limit of parallel failures spread over many emails, and still lets its good logins count nothing', async () => {
    const member = await signUpMember(api);
    expect(await tally(api, [{ email: member.email, password: TEST_PASSWORD }])).toEqual({ SIGNED_IN: 1 });
    // The test before left EMAIL_LIMIT checked failures on this IP (its refused guesses counted nothing).
    const left = IP_LIMIT - EMAIL_LIMIT;
    const guesses = Array.from({ length: 25 }, (_, i) => ({ email: `nobody-${i}@test.chainmatch.cn`, password: 'a wrong password' }));
    expect(await tally(api, guesses)).toEqual({ INVALID_CREDENTIALS: left, TOO_MANY_LOGIN_ATTEMPTS: 25 - left });
  });
});
