import * as oidc from 'openid-client';

/**
 * The relying party side of OpenID Connect, through openid-client (OpenID-certified, decision 0028):
 * discovery, the authorization code flow with PKCE, state and nonce, ID token and userinfo checks.
 * Everything protocol-shaped stays in this file.
 */

/** Seconds any request to a provider may take (discovery, token, userinfo). */
const PROVIDER_TIMEOUT_SECONDS = 10;
/** Discovered metadata is kept this long per connection (and dropped when the connection changes). */
const DISCOVERY_TTL_MS = 10 * 60 * 1000;

export interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/**
 * A provider over plain http is accepted only where issuer-url.ts allowed it (this machine, outside
 * production); openid-client refuses http unless told.
 */
function insecure(issuer: string): boolean {
  return new URL(issuer).protocol === 'http:';
}

/** Discovers the provider's metadata and builds a client configuration (client_secret_basic when offered). */
export async function discoverProvider(settings: ProviderSettings): Promise<oidc.Configuration> {
  const execute = insecure(settings.issuer) ? [oidc.allowInsecureRequests] : [];
  const discovered = await oidc.discovery(new URL(settings.issuer), settings.clientId, undefined, oidc.None(), {
    execute,
    timeout: PROVIDER_TIMEOUT_SECONDS,
  });
  const metadata = discovered.serverMetadata();
  const methods = metadata.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
  const auth = methods.includes('client_secret_basic')
    ? oidc.ClientSecretBasic(settings.clientSecret)
    : oidc.ClientSecretPost(settings.clientSecret);
  const config = new oidc.Configuration(metadata, settings.clientId, undefined, auth);
  config.timeout = PROVIDER_TIMEOUT_SECONDS;
  for (const step of execute) step(config);
  return config;
}

const discoveries = new Map<string, { config: Promise<oidc.Configuration>; until: number }>();

/** The provider of a stored connection, discovered at most every 10 minutes per instance. */
export function providerFor(
  connection: { id: string; updatedAt: Date },
  settings: ProviderSettings,
): Promise<oidc.Configuration> {
  const key = `${connection.id}:${connection.updatedAt.getTime()}`;
  const cached = discoveries.get(key);
  if (cached && cached.until > Date.now()) return cached.config;
  for (const [other] of discoveries) if (other.startsWith(`${connection.id}:`)) discoveries.delete(other);
  const config = discoverProvider(settings);
  discoveries.set(key, { config, until: Date.now() + DISCOVERY_TTL_MS });
  // A failed discovery is not kept: the next sign-in tries again.
  config.catch(() => discoveries.delete(key));
  return config;
}

export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The address the browser is sent to, with fresh state, nonce and PKCE (S256) verifier. */
export async function authorizationRequest(
  config: oidc.Configuration,
  redirectUri: string,
): Promise<AuthorizationRequest> {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, state, nonce, codeVerifier };
}

/** Who the provider says signed in. */
export interface ProviderIdentity {
  subject: string;
  email: string | null;
  /** Exactly `true` in the provider's claims. */
  emailVerified: boolean;
  name: string | null;
  locale: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * Checks the provider's answer (state, issuer, PKCE, the ID token's signature, audience, expiry and
 * nonce) and exchanges the code; e-mail claims come from the ID token or, when the provider keeps
 * them for the userinfo endpoint, from there (its subject must be the ID token's).
 */
export async function exchangeCode(
  config: oidc.Configuration,
  callbackUrl: URL,
  expected: { state: string; nonce: string; codeVerifier: string },
): Promise<ProviderIdentity> {
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    expectedState: expected.state,
    expectedNonce: expected.nonce,
    pkceCodeVerifier: expected.codeVerifier,
    idTokenExpected: true,
  });
  const idToken = tokens.claims();
  if (!idToken) throw new Error('the provider returned no ID token');
  let claims: Record<string, unknown> = idToken;
  if (idToken.email === undefined || idToken.email_verified === undefined) {
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
    claims = { ...userinfo, ...idToken };
    if (idToken.email === undefined) claims.email = userinfo.email;
    if (idToken.email_verified === undefined) claims.email_verified = userinfo.email_verified;
  }
  return {
    subject: idToken.sub,
    email: text(claims.email)?.toLowerCase() ?? null,
    emailVerified: claims.email_verified === true,
    name: text(claims.name) ?? ([text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ') || null),
    locale: text(claims.locale),
  };
}
