import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { KoaContextWithOIDC } from 'oidc-provider';

/** What the provider asserts about one person, keyed by the login typed on its sign-in page. */
export interface ProviderAccount {
  email: string;
  emailVerified: boolean;
  name?: string;
  locale?: string;
}

export interface TestOidcProvider {
  /** The issuer identifier, http://127.0.0.1:<port> */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** People who can sign in at the provider (login → claims); tests add more. */
  accounts: Map<string, ProviderAccount>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider, OpenID-certified) on a free port, with one
 * confidential client registered for `redirectUri`. Its development sign-in page takes any password
 * for a login in `accounts`; consent is pre-granted (a first-party client), as organisations do.
 */
export async function startTestOidcProvider(opts: {
  redirectUri: string;
  clientId?: string;
  clientSecret?: string;
}): Promise<TestOidcProvider> {
  const clientId = opts.clientId ?? 'opcat-hub-test';
  const clientSecret = opts.clientSecret ?? 'test-client-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
  const accounts = new Map<string, ProviderAccount>();
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'locale'] },
    cookies: { keys: ['test-provider-cookie-key-0123456789'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    findAccount: (_ctx: KoaContextWithOIDC, accountId: string) => {
      const account = accounts.get(accountId);
      if (!account) return undefined;
      return {
        accountId,
        claims: () => ({
          sub: accountId,
          email: account.email,
          email_verified: account.emailVerified,
          ...(account.name ? { name: account.name } : {}),
          ...(account.locale ? { locale: account.locale } : {}),
        }),
      };
    },
    // The organisation's own application: no consent screen, as identity providers configure it.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (!accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  handler = (req, res) => void callback(req, res);
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

interface Answer {
  status: number;
  location: string | null;
  body: string;
}

/**
 * A browser tab over plain HTTP: one cookie jar for every origin (browsers, too, share cookies
 * between ports of one host; the names here do not collide), redirects followed by the test.
 */
export class HttpBrowser {
  readonly cookies = new Map<string, string>();

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Answer> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const res = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const header of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const location = res.headers.get('location');
    return { status: res.status, location: location ? new URL(location, url).href : null, body: await res.text() };
  }
}

/**
 * Starts a sign-in at the app, signs in at the provider's page as `login` and stops where the
 * provider sends the browser back to the app: the callback URL (code, state, iss), not yet opened.
 */
export async function signInAtProvider(
  browser: HttpBrowser,
  appUrl: string,
  slug: string,
  login: string,
): Promise<string> {
  const start = await browser.request(`${appUrl}/auth/oidc/${slug}/start`);
  if (start.status !== 303 || !start.location) throw new Error(`start answered ${start.status} ${start.location}`);
  let next: string = start.location;
  for (let step = 0; step < 10; step += 1) {
    if (next.startsWith(`${appUrl}/`)) return next;
    const answer = await browser.request(next);
    if (answer.location) {
      next = answer.location;
      continue;
    }
    const action = /<form[^>]*action="([^"]+)"/.exec(answer.body)?.[1];
    if (answer.status !== 200 || !action)
      throw new Error(`the provider answered ${answer.status}: ${answer.body.slice(0, 300)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(answer.body)?.[1] ?? 'login';
    const submitted = await browser.request(new URL(action, next).href, {
      form: prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt },
    });
    if (!submitted.location)
      throw new Error(`the provider's ${prompt} form answered ${submitted.status}: ${submitted.body.slice(0, 300)}`);
    next = submitted.location;
  }
  throw new Error('the provider did not send the browser back');
}
