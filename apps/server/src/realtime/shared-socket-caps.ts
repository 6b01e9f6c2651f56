import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { logger } from '../logger.ts';
import type { SocketCaps } from './connections.ts';

/** How long a socket counts without its instance renewing it: a crashed instance's sockets stop counting then. */
export const SOCKET_LEASE_MS = 30_000;
/** How often an instance renews the leases of its open sockets (well within the lease). */
export const SOCKET_RENEW_MS = 10_000;
/** A Redis that does not answer within this is not waited for: the instance's own caps still apply. */
const REDIS_WAIT_MS = 1_000;

/**
 * Check and count in one step, so that two instances admitting sockets of one user at the same moment
 * cannot both pass. One sorted set per session and per user; members are sockets, scores their lease's
 * end. Expired members (a crashed instance's) are dropped before counting.
 * KEYS: session set, user set. ARGV: now, lease end, member, session cap, user cap, key expiry (ms).
 */
const RESERVE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then return 1 end
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[5]) then return 2 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[6])
redis.call('PEXPIRE', KEYS[2], ARGV[6])
return 0
`;

export interface SharedReservation {
  /** Why the socket is refused (RATE_LIMITED reason), or null when it is counted. */
  refusal: string | null;
  /** Stops counting the socket (its socket closed, or it was refused after all). Idempotent. */
  release(): void;
}

const sessionKey = (sessionId: string) => `opcat:ws:session:${sessionId}`;
const userKey = (userId: string) => `opcat:ws:user:${userId}`;

/**
 * Open sockets per session and per user counted across every instance through Redis (decision 0036).
 * Each socket is a member of its session's and its user's sorted set with a lease the instance renews
 * every SOCKET_RENEW_MS; closing removes it; a crashed instance's members expire after SOCKET_LEASE_MS.
 * If Redis fails or is slow, the socket is admitted and only the instance's own count applies (logged):
 * the caps protect against floods, and the instance's cap still bounds one instance.
 */
export class SharedSocketCounts {
  private readonly instance = randomUUID();
  private sequence = 0;
  private readonly held = new Map<string, { sessionId: string; userId: string }>();
  private readonly timer: NodeJS.Timeout;
  private readonly leaseMs: number;

  constructor(
    private readonly redis: Redis,
    private readonly caps: SocketCaps,
    /** SOCKET_LEASE_MS and SOCKET_RENEW_MS; a test shortens them instead of waiting half a minute. */
    timing: { leaseMs: number; renewMs: number } = { leaseMs: SOCKET_LEASE_MS, renewMs: SOCKET_RENEW_MS },
  ) {
    this.leaseMs = timing.leaseMs;
    this.redis.defineCommand('opcatReserveSocket', { numberOfKeys: 2, lua: RESERVE });
    this.timer = setInterval(() => void this.renew(), timing.renewMs);
    this.timer.unref();
  }

  async reserve(who: { userId: string; sessionId: string }): Promise<SharedReservation> {
    const member = `${this.instance}:${++this.sequence}`;
    const now = Date.now();
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.held.delete(member);
      this.redis
        .multi()
        .zrem(sessionKey(who.sessionId), member)
        .zrem(userKey(who.userId), member)
        .exec()
        .catch((error: unknown) => logger.warn({ err: error }, 'could not release a shared socket count'));
    };
    let answer: number | null;
    try {
      answer = await Promise.race([
        (
          this.redis as unknown as {
            opcatReserveSocket(...args: (string | number)[]): Promise<number>;
          }
        ).opcatReserveSocket(
          sessionKey(who.sessionId),
          userKey(who.userId),
          now,
          now + this.leaseMs,
          member,
          this.caps.perSession,
          this.caps.perUser,
          this.leaseMs * 2,
        ),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), REDIS_WAIT_MS).unref()),
      ]);
    } catch (error) {
      logger.warn({ err: error }, 'shared socket caps unavailable: counting on this instance only');
      answer = null;
    }
    if (answer === 1)
      return { refusal: `RATE_LIMITED: at most ${this.caps.perSession} open sockets per session`, release() {} };
    if (answer === 2)
      return { refusal: `RATE_LIMITED: at most ${this.caps.perUser} open sockets per user`, release() {} };
    // Counted (or Redis did not answer in time: if it counted late, the release below removes it).
    this.held.set(member, who);
    return { refusal: null, release };
  }

  /** Sockets this instance holds in the shared count. */
  get size(): number {
    return this.held.size;
  }

  /** Renews the lease of every socket open here (one round trip for all of them). */
  async renew(): Promise<void> {
    if (this.held.size === 0) return;
    const until = Date.now() + this.leaseMs;
    const batch = this.redis.multi();
    const keys = new Set<string>();
    for (const [member, { sessionId, userId }] of this.held) {
      batch.zadd(sessionKey(sessionId), 'XX', until, member);
      batch.zadd(userKey(userId), 'XX', until, member);
      keys.add(sessionKey(sessionId)).add(userKey(userId));
    }
    for (const key of keys) batch.pexpire(key, this.leaseMs * 2);
    await batch.exec().catch((error: unknown) => logger.warn({ err: error }, 'could not renew shared socket counts'));
  }

  /** Stops renewing without releasing anything: what a crashed instance leaves behind (tests). */
  abandon(): void {
    clearInterval(this.timer);
    this.held.clear();
  }

  /** Stops renewing; the sockets still held are released (a graceful shutdown). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    if (this.held.size === 0) return;
    const batch = this.redis.multi();
    for (const [member, { sessionId, userId }] of this.held) {
      batch.zrem(sessionKey(sessionId), member);
      batch.zrem(userKey(userId), member);
    }
    this.held.clear();
    await batch.exec().catch(() => undefined);
  }
}
