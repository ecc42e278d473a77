// Prints what a browser downloads on first load of the console's public pages (JavaScript and CSS,
// gzipped), from the Vite manifest of the last build: the entry with its static imports, plus the
// lazily loaded chunk of the page opened. `npm run console:size` (after `npm run console:build`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = 'dist/console';
const LIMIT_KB = 500;
const manifest = JSON.parse(readFileSync(join(OUT, '.vite', 'manifest.json'), 'utf8'));
const PAGES = {
  '/search': 'src/features/search/search-page.tsx',
  '/sign-in': 'src/features/auth/sign-in-page.tsx',
  '/sign-up': 'src/features/auth/sign-up-page.tsx',
  '/listings/:id': 'src/features/listings/listing-page.tsx',
};

/** A chunk and everything it imports statically, as the browser fetches them before running it. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, seen);
  return seen;
}

const gzipped = (file) => gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;
function firstLoad(keys) {
  const files = new Set([...keys].flatMap((key) => [manifest[key].file, ...(manifest[key].css ?? [])]));
  let js = 0;
  let css = 0;
  for (const file of files) {
    if (file.endsWith('.js')) js += gzipped(file);
    else if (file.endsWith('.css')) css += gzipped(file);
  }
  return { js: js / 1024, css: css / 1024 };
}

const entry = closure('index.html');
let worst = 0;
console.log(`first load, gzipped (limit ${LIMIT_KB} kB of JavaScript for public pages):`);
for (const [page, module] of Object.entries(PAGES)) {
  const { js, css } = firstLoad(closure(module, new Set(entry)));
  worst = Math.max(worst, js);
  console.log(`  ${page.padEnd(14)} JavaScript ${js.toFixed(1).padStart(6)} kB   CSS ${css.toFixed(1).padStart(5)} kB`);
}
const explorer = firstLoad(closure('explorer.html'));
console.log(`  /graphql (API explorer, not a console page) JavaScript ${explorer.js.toFixed(1)} kB, CSS ${explorer.css.toFixed(1)} kB`);
console.log(worst <= LIMIT_KB ? `OK: at most ${worst.toFixed(1)} kB` : `OVER: ${worst.toFixed(1)} kB > ${LIMIT_KB} kB`);
process.exitCode = worst <= LIMIT_KB ? 0 : 1;
