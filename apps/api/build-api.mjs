#!/usr/bin/env node
// `npm run build`: transpiles the API (apps/api and libs/) to dist/ with swc — no type-check (`npm run lint` and
// `npm test` do that), so a start takes about a second instead of tsc's tens. Only sources newer
// than their output are transpiled; outputs whose source is gone are removed; JSON data is copied.
// Path aliases (@chainmatch/<lib>) become relative imports of the lib's index, as tsc-alias did.
import { transformFile } from '@swc/core';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'dist');
/** The API and its libraries; other apps (the console) have builds of their own. */
const SOURCE_ROOTS = ['apps/api', 'libs'];
/** What the app build leaves out, as apps/api/tsconfig.app.json does. */
const excluded = (file) => file.endsWith('.spec.ts') || /\/libs\/[^/]+\/src\/testing\//.test(file);

const SWC_OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    target: 'es2022',
    keepClassNames: true,
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    experimental: { keepImportAttributes: true, emitAssertForImportAttributes: false },
  },
  module: { type: 'es6' },
  sourceMaps: true,
};
/** A change of these options (or of this script) means every output is stale. */
const STAMP = createHash('sha256').update(JSON.stringify(SWC_OPTIONS)).update(await readFile(fileURLToPath(import.meta.url))).digest('hex');
const STAMP_FILE = path.join(out, '.swc-build');

async function filesUnder(directory) {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(entries.map((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(file);
    return [file];
  }));
  return nested.flat();
}

const mtime = (file) => stat(file).then((s) => s.mtimeMs, () => -1);
const outputOf = (source) => path.join(out, path.relative(root, source)).replace(/\.ts$/, '.js');

/** `@chainmatch/<lib>` → the relative path from `output` to that lib's compiled index. */
function resolveAliases(code, output) {
  return code.replace(/(from\s+|import\s*\(\s*)(['"])@chainmatch\/([\w-]+)\2/g, (_, keyword, quote, lib) => {
    let target = path.relative(path.dirname(output), path.join(out, 'libs', lib, 'src', 'index.js')).split(path.sep).join('/');
    if (!target.startsWith('.')) target = `./${target}`;
    return `${keyword}${quote}${target}${quote}`;
  });
}

async function transpile(source) {
  const output = outputOf(source);
  const { code, map } = await transformFile(source, { ...SWC_OPTIONS, filename: source, sourceFileName: path.relative(path.dirname(output), source) });
  await mkdir(path.dirname(output), { recursive: true });
  await writeFile(output, `${resolveAliases(code, output)}\n//# sourceMappingURL=${path.basename(output)}.map\n`);
  await writeFile(`${output}.map`, map);
}

async function copyData(source) {
  const output = path.join(out, path.relative(root, source));
  await mkdir(path.dirname(output), { recursive: true });
  await copyFile(source, output);
}

const started = performance.now();
const fresh = (await readFile(STAMP_FILE, 'utf8').catch(() => '')) !== STAMP;
const sources = (await Promise.all(SOURCE_ROOTS.map((dir) => filesUnder(path.join(root, dir))))).flat();
const typescript = sources.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !excluded(file));
const data = sources.filter((file) => file.endsWith('.json') && !file.endsWith('tsconfig.app.json'));
const stale = async (source, output) => fresh || (await mtime(source)) > (await mtime(output));
const toTranspile = (await Promise.all(typescript.map(async (file) => ((await stale(file, outputOf(file))) ? file : null)))).filter(Boolean);
const toCopy = (await Promise.all(data.map(async (file) => ((await stale(file, path.join(out, path.relative(root, file)))) ? file : null)))).filter(Boolean);

await Promise.all([...toTranspile.map(transpile), ...toCopy.map(copyData)]);

const expected = new Set(typescript.map(outputOf));
const outputs = (await Promise.all(SOURCE_ROOTS.map((dir) => filesUnder(path.join(out, dir))))).flat();
const orphans = outputs.filter((file) => file.endsWith('.js') && !expected.has(file));
await Promise.all(orphans.flatMap((file) => [rm(file), rm(`${file}.map`, { force: true })]));
await writeFile(STAMP_FILE, STAMP);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`build: ${toTranspile.length} of ${typescript.length} files transpiled, ${toCopy.length} data files copied, `
  + `${orphans.length} stale outputs removed in ${seconds} s (swc, no type-check: npm run lint checks types)`);
