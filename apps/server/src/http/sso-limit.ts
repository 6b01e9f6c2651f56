import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { SIGN_IN_LIMITS } from '../auth/rate-limit.ts';

/** Single sign-on attempts per address: counted like sign-in's per-address limit (decision 0007). */
export interface SsoLimiter {
  /** Counts one start or callback from `ip`; false when the address is over its limit. */
  attempt(ip: string): Promise<boolean>;
  /** A sign-in went through: its start and callback are not held against the address. */
  succeeded(ip: string): Promise<void>;
}

/**
 * Like password spraying, a flood of starts (each makes the server call a provider) or of forged
 * callbacks is bounded per address: SIGN_IN_LIMITS.perAddress attempts that did not succeed per
 * window (each sign-in is two requests, so twice the count), in Redis when REDIS_URL is set.
 */
export function createSsoLimiter(redis?: Redis): SsoLimiter {
  const { attempts, windowSeconds } = SIGN_IN_LIMITS.perAddress;
  const points = attempts * 2;
  const opts = { keyPrefix: 'sso:address', points, duration: windowSeconds };
  const limiter = redis ? new RateLimiterRedis({ storeClient: redis, ...opts }) : new RateLimiterMemory(opts);
  return {
    async attempt(ip) {
      const result = await limiter.penalty(ip);
      if (result.consumedPoints <= points) return true;
      await limiter.reward(ip);
      return false;
    },
    async succeeded(ip) {
      await limiter.reward(ip, 2);
    },
  };
}
