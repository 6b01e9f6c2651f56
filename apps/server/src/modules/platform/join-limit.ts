import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/** Requests to join from one address, and from everyone together, before refusals (decision 0029). */
export const JOIN_REQUEST_LIMITS = {
  perAddress: { points: 5, durationSeconds: 60 * 60 },
  /** Address rotation must not flood the platform administrators' queue either. */
  overall: { points: 200, durationSeconds: 24 * 60 * 60 },
} as const;

export interface JoinRequestLimiter {
  /** Counts one request from `ip`: true when it may go on. */
  consume(ip: string): Promise<boolean>;
}

/** Same style as sign-in and portal throttling: counters in Redis when REDIS_URL is set, else in memory. */
export function createJoinRequestLimiter(redis?: Redis): JoinRequestLimiter {
  const make = (name: string, points: number, duration: number): RateLimiterAbstract => {
    const opts = { keyPrefix: `join-request:${name}`, points, duration };
    return redis ? new RateLimiterRedis({ storeClient: redis, ...opts }) : new RateLimiterMemory(opts);
  };
  const { perAddress, overall } = JOIN_REQUEST_LIMITS;
  const byAddress = make('address', perAddress.points, perAddress.durationSeconds);
  const everyone = make('overall', overall.points, overall.durationSeconds);
  return {
    async consume(ip) {
      const mine = await byAddress.penalty(ip);
      if (mine.consumedPoints > perAddress.points) return false;
      const all = await everyone.penalty('all');
      return all.consumedPoints <= overall.points;
    },
  };
}
