import { freePort } from '@chainmatch/database';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { apiProcessOf, npmStart, stopApi, type StartedApi } from './started-api.js';

const { values: args } = parseArgs({
  options: {
    writers: { type: 'string', default: '8' },
    'kill-after-ms': { type: 'string', default: '4000' },
    'data-dir': { type: 'string' },
  },
});
const WRITERS = Number(args.writers);
const KILL_AFTER_MS = Number(args['kill-after-ms']);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const DEMO_MEMBER = { email: 'ic-member@demo.chainmatch.cn', password: 'chainmatch-demo' };
const CREATE = `mutation($input: CreateListingInput!) { createListing(input: $input) { id title } }`;

interface Write { title: string; id?: string }

/**
 * `npm run drill:crash`: starts the API with `npm start` on a data folder of its own, streams
 * acknowledged writes (createListing from several clients), kills the API process with SIGKILL
 * mid-stream — its embedded PostgreSQL left running, as after a crash — restarts it with the same
 * `npm start` on the same folder, and checks that it is ready and that every acknowledged write is
 * there. Prints the figures; exit code 1 when a write was lost or the restart failed.
 */
const dataDir = args['data-dir'] ?? await mkdtemp(path.join(os.tmpdir(), 'chainmatch-drill-'));
await chmod(dataDir, 0o755); // PostgreSQL runs as the postgres user when the drill runs as root
const port = await freePort();
const env = {
  ...process.env, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), HOST: '127.0.0.1',
  LOG_PRETTY: 'false', LOG_LEVEL: 'info', MUTATIONS_MAX: '1000000', DEMO_DATA: 'true',
};
let api: StartedApi | undefined;
let exitCode = 1;
try {
  console.log(`crash drill: data in ${dataDir}, API on port ${port}; first start (creates the cluster and the demo data)…`);
  api = await npmStart(ROOT, env, port);
  console.log(`first start ready after ${(api.readyAfterMs / 1000).toFixed(1)} s`);
  const post = graphqlPoster(api.baseUrl, await signIn(api.baseUrl));
  const enterpriseId = ((await post('{ me { enterpriseId } }')) as { me: { enterpriseId: string } }).me.enterpriseId;

  const writes: Write[] = [];
  let stop = false;
  const writers = Array.from({ length: WRITERS }, (_, writer) => (async () => {
    for (let n = 0; !stop; n++) {
      const write: Write = { title: `crash drill ${process.pid} writer ${writer} #${n}` };
      writes.push(write);
      const input = { enterpriseId, kind: 'SUPPLY', segmentId: 'ic.packaging', title: write.title, description: 'written during the crash drill' };
      write.id = await post(CREATE, { input }).then((data) => (data as { createListing: { id: string } }).createListing.id, () => undefined);
    }
  })());
  await sleep(KILL_AFTER_MS);
  const apiPid = apiProcessOf(api);
  process.kill(apiPid, 'SIGKILL');
  const killedAt = writes.filter((write) => write.id).length;
  stop = true;
  await Promise.all(writers);
  await new Promise((resolve) => (api!.npm.exitCode !== null ? resolve(undefined) : api!.npm.once('exit', resolve)));
  console.log(`SIGKILL sent to the API (pid ${apiPid}) after ${KILL_AFTER_MS} ms with ${killedAt} writes acknowledged; restarting with npm start…`);

  api = await npmStart(ROOT, env, port);
  const restart = api.output().split('\n').find((line) => line.includes('was left running'));
  const check = graphqlPoster(api.baseUrl, await signIn(api.baseUrl));
  const acknowledged = writes.filter((write) => write.id);
  const found = await countFound(check, acknowledged);
  const unacknowledged = writes.filter((write) => !write.id);
  const ready = await fetch(`${api.baseUrl}/health/ready`);
  console.log([
    '', 'crash drill results',
    `  writes acknowledged before the kill:  ${acknowledged.length} (${WRITERS} clients, ${(acknowledged.length / (KILL_AFTER_MS / 1000)).toFixed(0)}/s)`,
    `  acknowledged writes found afterwards: ${found} — lost: ${acknowledged.length - found}`,
    `  writes in flight at the kill:          ${unacknowledged.length} (unacknowledged: either outcome is correct)`,
    `  restart (npm start to ready):          ${(api.readyAfterMs / 1000).toFixed(1)} s`,
    `  leftover PostgreSQL:                   ${restart ? JSON.parse(restart).msg : 'none reported'}`,
    `  /health/ready after the restart:       HTTP ${ready.status} ${((await ready.json()) as { status: string }).status}`,
  ].join('\n'));
  exitCode = found === acknowledged.length && ready.ok ? 0 : 1;
} catch (error) {
  console.error(`crash drill failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (api && api.npm.exitCode === null) await stopApi(api).catch(() => undefined);
  if (!args['data-dir']) await rm(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);

async function signIn(baseUrl: string): Promise<string> {
  const data = await graphqlPoster(baseUrl)(`mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
    DEMO_MEMBER) as { login: { accessToken: string } };
  return data.login.accessToken;
}

function graphqlPoster(baseUrl: string, token?: string) {
  return async (query: string, variables?: unknown): Promise<unknown> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST', body: JSON.stringify({ query, variables }),
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    });
    const body = await response.json() as { data?: unknown; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors[0].message);
    return body.data;
  };
}

/** How many of the writes are stored with their title (read back over the API, eight at a time). */
async function countFound(post: ReturnType<typeof graphqlPoster>, writes: Write[]): Promise<number> {
  let found = 0;
  for (let i = 0; i < writes.length; i += 8) {
    const batch = writes.slice(i, i + 8);
    const listings = await Promise.all(batch.map((write) => post(`query($id: ID!) { listing(id: $id) { title } }`, { id: write.id })));
    found += listings.filter((data, j) => (data as { listing: { title: string } | null }).listing?.title === batch[j].title).length;
  }
  return found;
}
