import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface StartedApi {
  /** `npm start` itself (its own process group). */
  npm: ChildProcess;
  baseUrl: string;
  /** Milliseconds from `npm start` to a ready API (HTTP 200 on /health/ready). */
  readyAfterMs: number;
  output: () => string;
}

/**
 * Runs `npm start` — the command a user runs — in `cwd` with `env`, and waits until /health/ready
 * answers 200. Its output is kept for the report.
 */
export async function npmStart(cwd: string, env: NodeJS.ProcessEnv, port: number, timeoutMs = 180_000): Promise<StartedApi> {
  const started = performance.now();
  const npm = spawn('npm', ['start'], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  npm.stdout!.on('data', (chunk) => (output += chunk));
  npm.stderr!.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
    if (npm.exitCode !== null) throw new Error(`npm start exited with code ${npm.exitCode}:\n${output.slice(-3000)}`);
    const ready = await fetch(`${baseUrl}/health/ready`).then((response) => response.ok, () => false);
    if (ready) return { npm, baseUrl, readyAfterMs: performance.now() - started, output: () => output };
  }
  throw new Error(`the API was not ready within ${timeoutMs / 1000} s:\n${output.slice(-3000)}`);
}

/** The API's node process under `npm start` (npm → sh → node …/main.js), found among npm's descendants. */
export function apiProcessOf(api: StartedApi): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const queue = [...(children.get(api.npm.pid!) ?? [])];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    if (command[0].endsWith('node') && command.some((part) => part.endsWith('apps/api/src/main.js'))) return pid;
    queue.push(...(children.get(pid) ?? []));
  }
  throw new Error('the API process was not found under npm start');
}

/** Stops an API the way Ctrl-C does, and waits for npm to exit. */
export async function stopApi(api: StartedApi): Promise<void> {
  const exited = new Promise((resolve) => api.npm.once('exit', resolve));
  process.kill(apiProcessOf(api), 'SIGINT');
  await exited;
}
