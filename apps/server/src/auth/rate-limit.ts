import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Sign-in throttling. A lockout per account would let anyone lock an NPM's admin out the night
 * before a visit by typing wrong passwords, so refusals only ever apply to the address that earned
 * them; the account as a whole is only slowed down.
 */
export const SIGN_IN_LIMITS = {
  /** One address on one account: after `freeAttempts`, each next attempt waits twice as long. */
  perPair: { freeAttempts: 5, firstBackoffSeconds: 30, maxBackoffSeconds: 15 * 60, windowSeconds: 24 * 60 * 60 },
  /** Every address together on one account: a delay, capped, never a refusal. */
  perAccount: { freeFailures: 10, firstDelayMs: 250, maxDelayMs: 3000, windowSeconds: 15 * 60 },
  /** One address on any accounts (password spraying): attempts that did not succeed. */
  perAddress: { attempts: 30, windowSeconds: 15 * 60 },
} as const;

export type SignInVerdict = { allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

export interface SignInLimiter {
  /**
   * Asked before the password is checked; counts the attempt. An allowed attempt waits `delayMs`
   * first, then reports recordFailure or recordSuccess.
   */
  check(email: string, ip: string): Promise<SignInVerdict>;
  recordFailure(email: string): Promise<void>;
  /** Clears this address's standing on this account only: the owner cannot clear an attacker's. */
  recordSuccess(email: string, ip: string): Promise<void>;
}

/** Seconds the pair waits after its `n`-th attempt beyond the free ones (n ≥ 1). */
export function pairBackoffSeconds(n: number): number {
  const { firstBackoffSeconds, maxBackoffSeconds } = SIGN_IN_LIMITS.perPair;
  return Math.min(firstBackoffSeconds * 2 ** Math.min(n - 1, 30), maxBackoffSeconds);
}

/** Milliseconds every sign-in on an account waits once it has failed `failures` times recently. */
export function accountDelayMs(failures: number): number {
  const { freeFailures, firstDelayMs, maxDelayMs } = SIGN_IN_LIMITS.perAccount;
  if (failures <= freeFailures) return 0;
  return Math.min(firstDelayMs * 2 ** Math.min(failures - freeFailures - 1, 30), maxDelayMs);
}

/**
 * Counters live in Redis when given one, so every instance sees the same attempts. Attempts are
 * counted atomically before the password is checked, so a burst of parallel guesses gets no more
 * than the free attempts; a pair beyond them needs its gate, which one attempt per backoff period
 * can take.
 */
export function createSignInLimiter(redis?: Redis, options: { keyPrefix?: string } = {}): SignInLimiter {
  const prefix = options.keyPrefix ?? 'signin';
  const make = (name: string, points: number, duration: number): RateLimiterAbstract => {
    const opts = { keyPrefix: `${prefix}:${name}`, points, duration };
    return redis ? new RateLimiterRedis({ storeClient: redis, ...opts }) : new RateLimiterMemory(opts);
  };
  const { perPair, perAccount, perAddress } = SIGN_IN_LIMITS;
  const pairAttempts = make('pair', perPair.freeAttempts, perPair.windowSeconds);
  const pairGate = make('pair-gate', 1, perPair.firstBackoffSeconds);
  const accountFailures = make('account', perAccount.freeFailures, perAccount.windowSeconds);
  const addressAttempts = make('address', perAddress.attempts, perAddress.windowSeconds);
  const accountKey = (email: string) => email.trim().toLowerCase();
  // A space occurs in neither an address nor a valid e-mail.
  const pairKey = (email: string, ip: string) => `${ip} ${accountKey(email)}`;

  return {
    async check(email, ip) {
      const byAddress = await addressAttempts.penalty(ip);
      if (byAddress.consumedPoints > perAddress.attempts) {
        await addressAttempts.reward(ip);
        return { allowed: false, retryAfterMs: byAddress.msBeforeNext };
      }
      const pair = pairKey(email, ip);
      const attempts = (await pairAttempts.penalty(pair)).consumedPoints;
      if (attempts >= perPair.freeAttempts) {
        const beyond = attempts - perPair.freeAttempts + 1;
        const gate = await pairGate.penalty(pair, 1, { customDuration: pairBackoffSeconds(beyond) });
        if (gate.consumedPoints > 1) {
          // A refused attempt is not a guess: it neither lengthens the backoff nor counts on the address.
          await Promise.all([pairAttempts.reward(pair), addressAttempts.reward(ip)]);
          return { allowed: false, retryAfterMs: gate.msBeforeNext };
        }
      }
      const failures = (await accountFailures.get(accountKey(email)))?.consumedPoints ?? 0;
      return { allowed: true, delayMs: accountDelayMs(failures) };
    },
    async recordFailure(email) {
      await accountFailures.penalty(accountKey(email));
    },
    async recordSuccess(email, ip) {
      const pair = pairKey(email, ip);
      // The account's failures stay: they were not the owner's, and the next guess should still wait.
      await Promise.all([pairAttempts.delete(pair), pairGate.delete(pair), addressAttempts.reward(ip)]);
    },
  };
}
