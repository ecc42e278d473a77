// Prints what a browser downloads on first load of the console's public pages (JavaScript and CSS,
// gzipped), from the Vite manifest of the last build: the entry with its static imports, plus the
// lazily loaded chunks of the page opened (an insight view: the insight page and the view's own).
// `npm run console:size` (after `npm run console:build`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = 'dist/console';
const LIMIT_KB = 500;
const manifest = JSON.parse(readFileSync(join(OUT, '.vite', 'manifest.json'), 'utf8'));
const INSIGHT = 'src/features/insight/insight-page.tsx';
const PAGES = {
  '/search': ['src/features/search/search-page.tsx'],
  '/sign-in': ['src/features/auth/sign-in-page.tsx'],
  '/sign-up': ['src/features/auth/sign-up-page.tsx'],
  '/listings/:id': ['src/features/listings/listing-page.tsx'],
  '/insight/risk': [INSIGHT, 'src/features/insight/risk/risk-page.tsx'],
  '/insight/clusters': [INSIGHT, 'src/features/insight/clusters/clusters-page.tsx'],
  '/insight/flows': [INSIGHT, 'src/features/insight/flows/flows-page.tsx'],
  '/insight/leaders': [INSIGHT, 'src/features/insight/leaders/leaders-page.tsx'],
};

/**
 * A chunk and everything it imports statically, as the browser fetches them before running it; with
 * `lazy`, also what it loads afterwards (an insight view's chart, ECharts).
 */
function closure(key, seen = new Set(), lazy = false) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, seen, lazy);
  if (lazy) for (const imported of manifest[key].dynamicImports ?? []) closure(imported, seen, lazy);
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
for (const [page, modules] of Object.entries(PAGES)) {
  const loaded = new Set(entry);
  for (const module of modules) closure(module, loaded);
  const { js, css } = firstLoad(loaded);
  worst = Math.max(worst, js);
  const later = new Set(loaded);
  // The view's own lazy parts (an insight view's chart), not the entry's or the insight page's (the other pages and views).
  for (const lazyPart of modules.length > 1 ? manifest[modules.at(-1)].dynamicImports ?? [] : []) closure(lazyPart, later, true);
  const withCharts = firstLoad(later).js;
  const then = withCharts > js ? `   then ${(withCharts - js).toFixed(1)} kB more for its chart` : '';
  console.log(`  ${page.padEnd(18)} JavaScript ${js.toFixed(1).padStart(6)} kB   CSS ${css.toFixed(1).padStart(5)} kB${then}`);
}
const explorer = firstLoad(closure('explorer.html'));
console.log(`  /graphql (API explorer, not a console page) JavaScript ${explorer.js.toFixed(1)} kB, CSS ${explorer.css.toFixed(1)} kB`);
console.log(worst <= LIMIT_KB ? `OK: at most ${worst.toFixed(1)} kB` : `OVER: ${worst.toFixed(1)} kB > ${LIMIT_KB} kB`);
process.exitCode = worst <= LIMIT_KB ? 0 : 1;
