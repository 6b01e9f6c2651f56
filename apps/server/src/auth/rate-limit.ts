import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/** Failed sign-ins allowed per account and per address before sign-in is refused for a while. */
export const SIGN_IN_LIMITS = {
  perAccount: { points: 5, duration: 15 * 60 },
  perAddress: { points: 30, duration: 15 * 60 },
} as const;

export interface SignInLimiter {
  /** True when either the account or the address has used up its failed attempts. */
  isBlocked(email: string, ip: string): Promise<boolean>;
  recordFailure(email: string, ip: string): Promise<void>;
  recordSuccess(email: string): Promise<void>;
}

export function createSignInLimiter(redis?: Redis): SignInLimiter {
  const make = (keyPrefix: string, opts: { points: number; duration: number }): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix, ...opts })
      : new RateLimiterMemory({ keyPrefix, ...opts });
  const account = make('signin:account', SIGN_IN_LIMITS.perAccount);
  const address = make('signin:address', SIGN_IN_LIMITS.perAddress);
  const accountKey = (email: string) => email.trim().toLowerCase();

  const exhausted = async (limiter: RateLimiterAbstract, key: string, points: number) => {
    const res = await limiter.get(key);
    return res !== null && res.consumedPoints >= points;
  };
  const consume = async (limiter: RateLimiterAbstract, key: string) => {
    try {
      await limiter.consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
    }
  };

  return {
    async isBlocked(email, ip) {
      return (
        (await exhausted(account, accountKey(email), SIGN_IN_LIMITS.perAccount.points)) ||
        (await exhausted(address, ip, SIGN_IN_LIMITS.perAddress.points))
      );
    },
    async recordFailure(email, ip) {
      await Promise.all([consume(account, accountKey(email)), consume(address, ip)]);
    },
    async recordSuccess(email) {
      await account.delete(accountKey(email));
    },
  };
}
