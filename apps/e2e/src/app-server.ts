import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { startTestServer } from '@opcat/server/src/test/server.ts';
import type { TestServer } from '@opcat/server/src/test/server.ts';
import { openBrowser } from './browser.ts';
import type { BrowserSession } from './browser.ts';
// Brings in the `adminDatabaseUrl` that the server's global setup provides (vitest.config.ts runs it).
import type {} from '@opcat/server/src/test/global-setup.ts';

export { DEMO_PASSWORD, GraphqlClient, signedIn } from '@opcat/server/src/test/server.ts';
export type { TestServer };

/** What the server serves as the web app (apps/server/src/app.ts `webDist`). */
const WEB_INDEX = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));

/**
 * The real server (fresh database, demo world, free port) serving the built web app. Without a
 * build the server answers 503 at `/`, so say what to run instead of failing on a missing heading.
 */
export async function startAppServer(): Promise<TestServer> {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(
      `The web app is not built (${WEB_INDEX} is missing): run \`npm run build -w @opcat/web\`, ` +
        'or `npm test` from the repository root, which builds it first.',
    );
  }
  return startTestServer();
}

/**
 * For a describe block: one app server for the block (`app.server`) and `app.open(locale)`, a fresh
 * browser (own cookies) on it, closed after each test.
 */
export function appWithBrowser(): {
  readonly server: TestServer;
  open(locale: string): Promise<BrowserSession>;
} {
  let server: TestServer | undefined;
  let browser: BrowserSession | undefined;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the app server starts in beforeAll');
      return server;
    },
    async open(locale) {
      await browser?.close();
      browser = await openBrowser({ baseURL: this.server.url, locale });
      return browser;
    },
  };
}
