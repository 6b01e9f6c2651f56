import type { Env } from '../env.ts';

/**
 * An absolute link into the web app for an e-mail. From PUBLIC_URL, never from a request's Host
 * header (which a client chooses: a link built from it could point a reset at an attacker's site).
 */
export function appLink(env: Env, path: string): string {
  const base = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
}
