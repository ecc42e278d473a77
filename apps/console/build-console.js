// Builds the console (GraphQL types, then Vite) into dist/console, unless the last build came from
// the same sources: `npm start` calls this every time, and a rebuild costs ~1 min on 2 cores.
// `--force` builds regardless.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const OUT = 'dist/console';
const STAMP = join(OUT, '.sources-hash');
const INPUTS = ['apps/console', 'schema/schema.graphql', 'package-lock.json'];
const GENERATED = join('apps', 'console', 'src', 'gql');

function files(path) {
  if (path === GENERATED) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

function sourcesHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) hash.update(relative('.', file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

// Always a production bundle: under jest NODE_ENV is 'test', and Vite would otherwise build the
// libraries' test variants (antd's ids all become "test-id", so dialogs lose their names).
const env = { ...process.env, NODE_ENV: 'production' };
const run = (bin, args) => execFileSync(join('node_modules', '.bin', bin), args, { stdio: 'inherit', env });

const hash = sourcesHash();
if (!process.argv.includes('--force') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) {
  console.log(`console: ${OUT} is up to date`);
} else {
  console.log('console: building (codegen, vite) …');
  run('graphql-codegen', ['--config', 'apps/console/codegen.ts']);
  run('vite', ['build', '--config', 'apps/console/vite.config.ts', '--logLevel', 'warn']);
  // The explorer links the schema (with every description) as its reference documentation.
  copyFileSync('schema/schema.graphql', join(OUT, 'schema.graphql'));
  writeFileSync(STAMP, hash);
  console.log(`console: built into ${OUT}`);
}
