/** The embedded PostgreSQL could not be started; the message says why and what to do about it. */
export class EmbeddedPostgresError extends Error {
  constructor(problem: string, readonly remedy: string, readonly postgresSaid: string[] = []) {
    super([problem, ...(postgresSaid.length > 0 ? ['PostgreSQL said:', ...postgresSaid.map((line) => `  ${line}`)] : []), `What to do: ${remedy}.`]
      .join('\n'));
    this.name = 'EmbeddedPostgresError';
  }
}

/** PostgreSQL's own lines that tell why it stopped, and what to do about each cause. */
const CAUSES: [RegExp, (place: StartPlace) => string][] = [
  [/could not bind|Address already in use|could not create any TCP\/IP sockets/i,
    (p) => `port ${p.port} is taken by another program: set EMBEDDED_PG_PORT to a free port below 32768`],
  [/lock file .* already exists|Is another postmaster/i,
    (p) => `another PostgreSQL is using ${p.clusterDir}: stop it (its pid is the first line of postmaster.pid there), or use another DATA_DIR`],
  [/pre-existing shared memory block|shared memory block .* still in use/i,
    () => 'processes of the previous PostgreSQL server are still exiting: wait a few seconds (or stop them) and start again'],
  [/incompatible with server|initialized by PostgreSQL version/i,
    (p) => `${p.clusterDir} was created by another PostgreSQL version: point DATA_DIR elsewhere, or dump and reload the data`],
  [/Permission denied|must be owned by|has invalid permissions/i,
    (p) => `PostgreSQL (run as the postgres user when started by root) cannot use ${p.clusterDir}: the folders above it must be `
      + 'reachable by that user (mode 0755), and the folder itself its own (mode 0700 or 0750)'],
  [/No space left on device/i, (p) => `free some disk space where ${p.clusterDir} lies`],
];

export interface StartPlace {
  clusterDir: string;
  port: number;
}

/** Why the server did not start, from its last log lines: the FATAL/ERROR/HINT/DETAIL ones and "could not …" when there are any. */
export function startFailure(place: StartPlace, logLines: string[], cause?: unknown): EmbeddedPostgresError {
  const telling = logLines.filter((line) => /\b(FATAL|PANIC|ERROR|HINT|DETAIL):|LOG: +could not/.test(line)).slice(-8);
  const said = telling.length > 0 ? telling : logLines.slice(-8);
  if (cause instanceof Error) said.push(cause.message);
  const remedy = CAUSES.find(([pattern]) => said.some((line) => pattern.test(line)))?.[1](place)
    ?? `read PostgreSQL's lines above; to start afresh, move ${place.clusterDir} aside (it holds all the data)`;
  return new EmbeddedPostgresError(`the embedded PostgreSQL did not start (data in ${place.clusterDir}, port ${place.port}).`, remedy, said);
}
