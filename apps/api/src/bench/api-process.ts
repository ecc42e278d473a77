import { freePort } from '@chainmatch/database';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ApiProcess {
  graphqlUrl: string;
  /** The server's process id, to read its memory from /proc. */
  pid: number;
  stop(): Promise<void>;
}

/** The built API (`npm run build`), from the repository root every npm script and jest run in. */
const BUILT_MAIN = path.resolve('dist/apps/api/src/main.js');

/**
 * The built API in a process of its own on the given database, as it runs in production, so that a
 * benchmark's client does not share the server's event loop (and a test can measure the server alone). Only search-related work runs in it:
 * no demo data, no match worker; `settings` turns off whatever else a benchmark needs quiet.
 */
export async function startApiProcess(databaseUrl: string, settings: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [BUILT_MAIN], {
    env: {
      ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false', MATCH_WORKER_IN_PROCESS: 'false', ...settings,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child);
  return { graphqlUrl: `${baseUrl}/graphql`, pid: child.pid!, stop: () => stop(child) };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API process exited with code ${child.exitCode}`);
    const healthy = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error('the API process did not become healthy in time');
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
