import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedPostgresError } from './embedded-postgres.errors.js';

/** A fast shutdown rolls back open transactions and checkpoints; a small cluster takes well under this. */
const FAST_SHUTDOWN_MS = 30_000;
const IMMEDIATE_SHUTDOWN_MS = 10_000;

interface ProcessInfo {
  command: string;
  parentPid: number;
}

/**
 * Before starting the embedded server on `clusterDir`, deals with what a previous run left there.
 * A postmaster whose owner died (the API killed with SIGKILL leaves it running, re-parented to
 * init) is stopped — fast shutdown, then immediate if it hangs; committed work is safe either way.
 * One still owned by a live process (another API on the same DATA_DIR) is left alone: refused with
 * what to do. A lock file naming a process that is not PostgreSQL (its pid reused) is removed; one
 * naming no live process is PostgreSQL's own business (it discards it at start).
 */
export async function clearLeftoverPostmaster(clusterDir: string, log: (message: string) => void): Promise<void> {
  const lockFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number.parseInt(readFileSync(lockFile, 'utf8').split('\n')[0], 10);
  const info = Number.isInteger(pid) && pid > 0 ? processInfo(pid) : undefined;
  if (!info) return;
  if (!/postgres/.test(info.command)) {
    log(`removing ${lockFile}: it names process ${pid} (${info.command}), which is not PostgreSQL`);
    rmSync(lockFile);
    return;
  }
  const owner = info.parentPid > 1 ? processInfo(info.parentPid) : undefined;
  if (owner && (info.parentPid === process.pid || /node/.test(owner.command))) {
    throw new EmbeddedPostgresError(`the embedded PostgreSQL in ${clusterDir} (pid ${pid}) belongs to process ${info.parentPid} `
      + `(${owner.command}), which is still running — another ChainMatch on the same data folder.`,
    `stop that process first (kill -INT ${info.parentPid}), or give this one its own DATA_DIR and EMBEDDED_PG_PORT`);
  }
  log(`a PostgreSQL server (pid ${pid}) was left running on ${clusterDir} by a process that no longer runs: stopping it`);
  await stopProcess(pid, clusterDir);
}

async function stopProcess(pid: number, clusterDir: string): Promise<void> {
  for (const [signal, waitMs] of [['SIGINT', FAST_SHUTDOWN_MS], ['SIGQUIT', IMMEDIATE_SHUTDOWN_MS]] as const) {
    signalProcess(pid, signal);
    if (await exited(pid, waitMs)) return;
  }
  throw new EmbeddedPostgresError(`the PostgreSQL server (pid ${pid}) left running on ${clusterDir} did not stop.`,
    `stop it yourself (kill -KILL ${pid}), wait until its processes have exited, and start again`);
}

function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') {
      throw new EmbeddedPostgresError(`a PostgreSQL server (pid ${pid}) of another user was left running on this data folder.`,
        `stop it as that user (kill -INT ${pid}) and start again`);
    }
  }
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  for (const deadline = Date.now() + withinMs; Date.now() < deadline; await sleep(50)) {
    if (!processInfo(pid)) return true;
  }
  return false;
}

/** The process's command and parent, or undefined when it does not run (a zombie counts as gone). */
function processInfo(pid: number): ProcessInfo | undefined {
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') return undefined;
      return { command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim(), parentPid: Number(parent) };
    } catch {
      return undefined;
    }
  }
  try {
    const [parent, ...command] = execFileSync('ps', ['-o', 'ppid=,command=', '-p', String(pid)], { encoding: 'utf8' }).trim().split(/\s+/);
    return parent ? { command: command.join(' '), parentPid: Number(parent) } : undefined;
  } catch {
    return undefined;
  }
}
