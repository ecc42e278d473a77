import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`), or the one CHROMIUM_PATH names; no browser is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumMissing = existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;

/** Where the browser tests leave their screenshots. */
export const SCREENSHOT_DIR = join('test-output', 'console');

/** Builds the console unless dist/console is already built from the current sources (see apps/console/build-console.js). */
export function ensureConsoleBuilt(): void {
  execFileSync(process.execPath, ['apps/console/build-console.js'], { stdio: 'pipe' });
}

// The flags the machines here need: no sandbox as root, and no background calls to the internet.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface PageCheck {
  name: string;
  url: string;
  serious: string[];
  violations: number;
  excluded?: string;
}

/**
 * A browser context on the console that records what each page fetched from outside the API (nothing
 * may be: the console and the explorer work offline), and checks pages with axe-core.
 */
export class ConsoleBrowser {
  readonly checks: PageCheck[] = [];
  readonly outsideRequests: string[] = [];

  constructor(readonly context: BrowserContext, private readonly baseUrl: string) {}

  static async open(browser: Browser, baseUrl: string, viewport = { width: 1366, height: 768 }): Promise<ConsoleBrowser> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    context.setDefaultTimeout(15_000);
    const session = new ConsoleBrowser(context, baseUrl);
    await context.route((url) => url.origin !== new URL(baseUrl).origin && url.protocol.startsWith('http'), (route) => {
      session.outsideRequests.push(route.request().url());
      return route.abort();
    });
    return session;
  }

  async page(path = '/'): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.baseUrl + path);
    return page;
  }

  /**
   * Screenshot into SCREENSHOT_DIR and axe-core's WCAG 2 A/AA rules on what the page shows now;
   * `exclude` names third-party parts the console cannot change (reported with the result).
   */
  async check(page: Page, name: string, exclude?: { selector: string; why: string }): Promise<PageCheck> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    // axe reads the page as drawn: a notification still fading in has a contrast it never keeps, and a
    // dropdown closing is still a listbox on the page (each failed a full run once). Finite animations
    // are let finish (3 s at most), and two frames more for what hides an element when its animation
    // ends; endless ones (spinners) are not waited for.
    await page.evaluate(`(async () => {
      const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const finite = () => document.getAnimations().filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
      const until = Date.now() + 3000;
      do {
        await frames(); // an animation a click starts begins a frame later
        const running = Promise.all(finite().map((a) => a.finished.catch(() => undefined)));
        await Promise.race([running, new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now())))]);
      } while (finite().some((a) => a.playState === 'running') && Date.now() < until);
      await frames();
    })()`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    if (exclude) axe.exclude(exclude.selector);
    const result = await axe.analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
    const check = { name, url: page.url().replace(this.baseUrl, ''), serious, violations: result.violations.length, excluded: exclude && `${exclude.selector}: ${exclude.why}` };
    this.checks.push(check);
    return check;
  }
}

/** The table the browser tests print: each page visited and what axe-core found on it. */
export function accessibilityReport(checks: PageCheck[]): string {
  const lines = checks.map((c) => `  ${c.name.padEnd(22)} ${c.url.padEnd(48)} ${c.serious.length === 0 ? 'no serious violations' : c.serious.join('; ')}`
    + (c.violations > c.serious.length ? ` (${c.violations - c.serious.length} minor)` : '') + (c.excluded ? ` [not checked: ${c.excluded}]` : ''));
  return [`console pages visited (${checks.length}), axe-core WCAG 2.1 A/AA:`, ...lines].join('\n');
}

/** Runs `attempt` until it stops throwing, or throws its last failure after `ms`. */
export async function eventually(attempt: () => Promise<void>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
