import { isIP } from 'node:net';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Literal addresses inside a private, loopback or link-local network (IPv4 and the usual IPv6 forms). */
function internalAddress(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const kind = isIP(host);
  if (kind === 4) {
    const [a = 0, b = 0] = host.split('.').map(Number);
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (kind === 6)
    return (
      host === '::1' || host === '::' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:')
    );
  return false;
}

/**
 * Why an issuer URL is refused (null: accepted). The server fetches whatever an admin types here,
 * so: https only, no credentials, query or fragment, and no literal internal address in production.
 * Outside production a provider on this machine may speak plain http (development and the tests).
 */
export function issuerProblem(raw: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'The issuer must be a URL, e.g. https://login.example.org/realms/npm';
  }
  if (url.username || url.password || url.search || url.hash) {
    return 'The issuer has no user name, password, query or fragment';
  }
  const local = LOOPBACK_NAMES.has(url.hostname);
  if (url.protocol === 'http:' && !(local && !production)) return 'The issuer must use https';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The issuer must use https';
  if (production && internalAddress(url.hostname)) return 'The issuer must be reachable on the internet';
  return null;
}
