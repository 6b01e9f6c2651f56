/**
 * Where to go after signing in: the page the visitor was sent away from (router location state),
 * if it is a same-site path other than the sign-in page itself; otherwise home.
 */
export function redirectAfterSignIn(state: unknown): string {
  const from = typeof state === 'object' && state !== null && 'from' in state ? state.from : undefined;
  if (typeof from !== 'object' || from === null) return '/';
  const part = (key: 'pathname' | 'search' | 'hash') => {
    const value = key in from ? (from as Record<typeof key, unknown>)[key] : undefined;
    return typeof value === 'string' ? value : '';
  };
  const pathname = part('pathname');
  // "//host" and "/\host" would leave the site.
  if (!pathname.startsWith('/') || pathname.startsWith('//') || pathname.startsWith('/\\')) return '/';
  if (pathname === '/signin' || pathname.startsWith('/signin/')) return '/';
  return `${pathname}${part('search')}${part('hash')}`;
}
