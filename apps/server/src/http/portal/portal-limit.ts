import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

/** The portal's throttle: a number of requests per address per minute, refused beyond (429). */
export interface PortalLimiter {
  /** Counts one request from `ip`; null when allowed, else the milliseconds before the next is. */
  consume(ip: string): Promise<number | null>;
}

/**
 * Same style as sign-in throttling (decision 0007): rate-limiter-flexible counters per address, in
 * Redis when REDIS_URL is set so that every instance counts the same requests.
 */
export function createPortalLimiter(perMinute: number, redis?: Redis): PortalLimiter {
  const opts = { keyPrefix: 'portal:address', points: perMinute, duration: 60 };
  const limiter = redis ? new RateLimiterRedis({ storeClient: redis, ...opts }) : new RateLimiterMemory(opts);
  return {
    async consume(ip) {
      const result = await limiter.penalty(ip);
      return result.consumedPoints > perMinute ? result.msBeforeNext : null;
    },
  };
}
