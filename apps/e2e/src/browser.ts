import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { loadEnv } from './env.ts';

/** Screenshots land here (gitignored); CI keeps them as build artifacts. */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

// Nothing may reach out of the machine (loopback only here) or keep state between runs.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions thrown in the page: a working page has none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Fails (never skips) when Chromium is missing: CI installs it, so a missing one is a broken machine. */
function chromiumExecutable(): string {
  const { CHROMIUM_PATH } = loadEnv();
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. The browser tests need it: install Debian chromium: ` +
        'apt-get install -y chromium (or point CHROMIUM_PATH at another Chromium).',
    );
  }
  return CHROMIUM_PATH;
}

/**
 * Debian's Chromium with a fresh profile (its own user-data dir, deleted on close), so no cookie,
 * localStorage or cache leaks from one test into the next. `locale` sets navigator.language and
 * Accept-Language, which is how the web app picks its first language.
 */
export async function openBrowser(opts: {
  baseURL: string;
  locale?: string;
  /** Off to read pages as a visitor without JavaScript does (the public portal). */
  javaScriptEnabled?: boolean;
}): Promise<BrowserSession> {
  const executablePath = chromiumExecutable();
  const userDataDir = mkdtempSync(join(tmpdir(), 'opcat-e2e-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
      baseURL: opts.baseURL,
      locale: opts.locale ?? 'en-GB',
      viewport: { width: 1280, height: 800 },
      javaScriptEnabled: opts.javaScriptEnabled ?? true,
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return {
    context,
    page,
    pageErrors,
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

/** A full-page PNG at test-artifacts/<name>; returns its path and size in bytes. */
export async function saveScreenshot(page: Page, name: string): Promise<{ path: string; bytes: number }> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, name);
  rmSync(path, { force: true });
  // From the top: a page scrolled by the test would show its fixed header halfway down the image.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  return { path, bytes: existsSync(path) ? statSync(path).size : 0 };
}
