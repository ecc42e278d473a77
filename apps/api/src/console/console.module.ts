import { AppConfig } from '@chainmatch/config';
import { Logger, Module } from '@nestjs/common';
import { ServeStaticModule, type ServeStaticModuleOptions } from '@nestjs/serve-static';
import type { Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const logger = new Logger('Console');

/** Hashed bundles never change under their name; the pages that name them must be asked for afresh. */
function cacheHeaders(res: Response, path: string): void {
  res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  // The schema the explorer links as its reference: shown in the browser, not downloaded.
  if (path.endsWith('.graphql')) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
}

export function consoleStaticOptions(config: AppConfig): ServeStaticModuleOptions[] {
  const rootPath = resolve(config.get('CONSOLE_DIR'));
  if (!existsSync(join(rootPath, 'index.html'))) {
    logger.warn(`no console build in ${rootPath}: run \`npm run console:build\` (the API works without it)`);
    return [];
  }
  // Every other GET path is the single-page app's own route: it gets index.html and routes in the
  // browser. A missing asset (say, of an older build) is a 404, never a page in its place.
  return [{ rootPath, exclude: /^\/(graphql|health|assets)(\/|$)/, serveStaticOptions: { setHeaders: cacheHeaders } }];
}

/** The console web app (apps/console), served from its build by the API at `/`. */
@Module({
  imports: [ServeStaticModule.forRootAsync({ inject: [AppConfig], useFactory: consoleStaticOptions })],
})
export class ConsoleModule {}
