import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Redis } from 'ioredis';
import { accountDelayMs, createSignInLimiter, pairBackoffSeconds, SIGN_IN_LIMITS } from './rate-limit.ts';
import type { SignInLimiter } from './rate-limit.ts';

const ADMIN = 'admin@npm.example';
const ATTACKER = '203.0.113.66';
const OWNER = '198.51.100.7';
const { perPair, perAccount, perAddress } = SIGN_IN_LIMITS;

async function fail(limiter: SignInLimiter, email: string, ip: string): Promise<void> {
  const verdict = await limiter.check(email, ip);
  if (!verdict.allowed) throw new Error(`attempt from ${ip} on ${email} refused`);
  await limiter.recordFailure(email);
}

describe('sign-in limiter (in memory)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`refuses an address after ${perPair.freeAttempts} failures on an account, with a backoff that doubles`, async () => {
    const limiter = createSignInLimiter();
    for (let i = 0; i < perPair.freeAttempts; i++) await fail(limiter, ADMIN, ATTACKER);

    const waits: number[] = [];
    for (let round = 1; round <= 4; round++) {
      const refused = await limiter.check(ADMIN, ATTACKER);
      if (refused.allowed) throw new Error(`round ${round}: the attacker's address was let in`);
      waits.push(Math.round(refused.retryAfterMs / 1000));
      // Hammering while refused does not lengthen the wait.
      const again = await limiter.check(ADMIN, ATTACKER);
      expect(again).toMatchObject({ allowed: false });

      vi.advanceTimersByTime(refused.retryAfterMs + 1);
      await fail(limiter, ADMIN, ATTACKER);
    }
    expect(waits).toEqual([1, 2, 3, 4].map(pairBackoffSeconds));
    expect(waits).toEqual([30, 60, 120, 240]);
    expect(pairBackoffSeconds(50)).toBe(perPair.maxBackoffSeconds);
  });

  it("another address still gets in to the attacked account, and the owner's success does not free the attacker", async () => {
    const limiter = createSignInLimiter();
    for (let i = 0; i < perPair.freeAttempts; i++) await fail(limiter, ADMIN, ATTACKER);

    expect(await limiter.check(ADMIN, OWNER)).toEqual({ allowed: true, delayMs: 0 });
    await limiter.recordSuccess(ADMIN, OWNER);
    expect(await limiter.check(ADMIN, ATTACKER)).toMatchObject({ allowed: false });
  });

  it(`slows every address on an account failed more than ${perAccount.freeFailures} times, by at most ${perAccount.maxDelayMs} ms, and refuses none`, async () => {
    const limiter = createSignInLimiter();
    const delays: number[] = [];
    for (let i = 0; i < 40; i++) {
      const verdict = await limiter.check(ADMIN, `192.0.2.${i}`);
      if (!verdict.allowed) throw new Error(`address ${i} refused on its first attempt`);
      delays.push(verdict.delayMs);
      await limiter.recordFailure(ADMIN);
    }
    expect(delays.slice(0, perAccount.freeFailures + 1)).toEqual(Array(perAccount.freeFailures + 1).fill(0));
    expect(delays[perAccount.freeFailures + 1]).toBe(perAccount.firstDelayMs);
    expect(delays.every((d, i) => i === 0 || d >= (delays[i - 1] ?? 0))).toBe(true);
    expect(Math.max(...delays)).toBe(perAccount.maxDelayMs);
    expect(accountDelayMs(10_000)).toBe(perAccount.maxDelayMs);

    expect(await limiter.check(ADMIN, OWNER)).toEqual({ allowed: true, delayMs: perAccount.maxDelayMs });
  });

  it(`refuses an address that failed on ${perAddress.attempts} different accounts, and no one else`, async () => {
    const limiter = createSignInLimiter();
    for (let i = 0; i < perAddress.attempts; i++) await fail(limiter, `user${i}@npm.example`, ATTACKER);

    expect(await limiter.check('fresh@npm.example', ATTACKER)).toMatchObject({ allowed: false });
    expect(await limiter.check('fresh@npm.example', OWNER)).toEqual({ allowed: true, delayMs: 0 });
    vi.advanceTimersByTime(perAddress.windowSeconds * 1000 + 1);
    expect(await limiter.check('fresh@npm.example', ATTACKER)).toMatchObject({ allowed: true });
  });

  it('signing in successfully does not refill an address: only failures count against it', async () => {
    const limiter = createSignInLimiter();
    for (let i = 0; i < perAddress.attempts - 1; i++) {
      await fail(limiter, `user${i}@npm.example`, ATTACKER);
      // The attacker's own account, signed into between guesses.
      expect(await limiter.check('mine@npm.example', ATTACKER)).toMatchObject({ allowed: true });
      await limiter.recordSuccess('mine@npm.example', ATTACKER);
    }
    await fail(limiter, 'last@npm.example', ATTACKER);
    expect(await limiter.check('another@npm.example', ATTACKER)).toMatchObject({ allowed: false });
  });

  it(`a burst of parallel guesses from one address gets no more than ${perPair.freeAttempts} through`, async () => {
    const limiter = createSignInLimiter();
    const verdicts = await Promise.all(Array.from({ length: 25 }, () => limiter.check(ADMIN, ATTACKER)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(perPair.freeAttempts);
  });
});

/** The Redis these machines run; the test fails (not skips) without it, since multi-instance is a promise. */
const REDIS_URL = 'redis://127.0.0.1:6379';

describe('sign-in limiter over Redis', () => {
  it('two instances sharing Redis see the same failures: the second refuses the attacker and admits the owner', async () => {
    const keyPrefix = `test-signin-${randomUUID()}`;
    const [a, b] = [new Redis(REDIS_URL), new Redis(REDIS_URL)];
    try {
      const first = createSignInLimiter(a, { keyPrefix });
      const second = createSignInLimiter(b, { keyPrefix });
      for (let i = 0; i < perPair.freeAttempts; i++) await fail(i % 2 ? first : second, ADMIN, ATTACKER);

      const refused = await second.check(ADMIN, ATTACKER);
      expect(refused).toMatchObject({ allowed: false });
      expect(refused.allowed || Math.round(refused.retryAfterMs / 1000)).toBe(pairBackoffSeconds(1));
      expect(await first.check(ADMIN, OWNER)).toEqual({ allowed: true, delayMs: 0 });
    } finally {
      const keys = await a.keys(`${keyPrefix}:*`);
      if (keys.length > 0) await a.del(...keys);
      await Promise.all([a.quit(), b.quit()]);
    }
  });
});
