import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Two pages: the console (index.html, served at `/` and every console route) and the API explorer
 * (explorer.html, served by the API at /graphql to browsers). Assets are addressed from `/`, so the
 * explorer finds them from /graphql too. No plugin: Vite's own transformer compiles TSX.
 */
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    // The explorer's chunk carries Monaco (~2 MB); only /graphql loads it, the console pages never do.
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      input: { console: `${root}index.html`, explorer: `${root}explorer.html` },
      // antd and GraphiQL mark modules "use client" for React Server Components; meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
