import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { logger } from '../logger.ts';
import type { SessionActor } from './load-actor.ts';
import { readSession, touchSession } from './load-actor.ts';
import { hashToken } from './session.ts';

/** The channel the triggers of migration actor_cache notify: user ids, comma-separated, or '*'. */
export const ACTOR_FACTS_CHANNEL = 'actor_facts';
/**
 * The listener's heartbeat, marked so that the statement counters of the tests can leave it out
 * (it belongs to no operation). It is also the barrier: PostgreSQL sends a session the
 * notifications committed before a statement ahead of that statement's answer.
 */
export const ACTOR_CACHE_HEARTBEAT = 'select 1 /* actor-cache heartbeat */';
const HEARTBEAT_MS = 250;
/**
 * Cached actors are served only while a heartbeat sent less than this long ago has been answered:
 * every change committed before it has then been heard. A stalled connection, or a stalled event
 * loop, turns the cache off by itself within this bound (the "revocation ≤ 1 s").
 */
const LEASE_MS = 750;
/** A heartbeat unanswered this long: the connection is given up and opened again. */
const STUCK_MS = 5000;
/** A barrier waits at most this long (past it the lease has lapsed: nothing cached is served). */
const BARRIER_MS = 1000;
/** Belt and braces: an entry is read again after this long whatever was heard. */
const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  actor: SessionActor;
  userId: string;
  session: { id: string; createdAt: Date; expiresAt: Date };
  storedAt: number;
}

function freeze(actor: SessionActor): SessionActor {
  for (const membership of actor.memberships) Object.freeze(membership);
  for (const group of actor.workingGroups) Object.freeze(group);
  Object.freeze(actor.memberships);
  Object.freeze(actor.workingGroups);
  return Object.freeze(actor);
}

/**
 * Each session's actor, kept in memory per instance and dropped when the database says a fact it
 * was read from changed (decision 0038). One LISTEN connection per instance hears the triggers of
 * every table `loadActor` reads, whoever wrote them; while that connection is down, reconnecting or
 * behind, every operation reads its actor from the database as before. Expiry is checked in memory;
 * the sliding expiry is written as before when due. Sessions that carry no actor are never cached.
 */
export class ActorCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byUser = new Map<string, Set<string>>();
  /** Bumped by every drop of everything: a read that started before one is not stored. */
  private epoch = 0;
  /** Numbers every notification heard; a read remembers the last one when it starts. */
  private heardSeq = 0;
  /** When each user's entries were last dropped (kept while reads are in flight). */
  private readonly droppedAt = new Map<string, number>();
  private reading = 0;
  private client: pg.Client | null = null;
  private live = false;
  /** performance.now() at which the last answered heartbeat (or the LISTEN) was sent. */
  private freshAsOf = Number.NEGATIVE_INFINITY;
  private inFlightSince: number | null = null;
  private waiters: (() => void)[] = [];
  private timer: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private retryMs = 100;
  private closed = false;
  /** Counters for tests and benchmarks. */
  readonly stats = { hits: 0, misses: 0, bypassed: 0, drops: 0 };

  constructor(
    private readonly connectionString: string,
    private readonly secret: string,
  ) {}

  /** Opens the LISTEN connection (the cache serves nothing until it is listening). */
  start(): void {
    if (this.timer || this.closed) return;
    this.timer = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.timer.unref();
    void this.connect();
  }

  /** Listening and fresh: cached actors may be served. */
  get serving(): boolean {
    return this.live && performance.now() - this.freshAsOf < LEASE_MS;
  }

  /** The actor of this session token, from memory when it may be, else from the database. */
  async load(em: EntityManager, token: string | null): Promise<SessionActor | null> {
    if (!token) return null;
    const hash = hashToken(token, this.secret);
    const now = new Date();
    if (this.serving) {
      const entry = this.entries.get(hash);
      if (entry) {
        if (entry.session.expiresAt > now && now.getTime() - entry.storedAt < MAX_AGE_MS) {
          this.stats.hits++;
          entry.session.expiresAt = await touchSession(em, entry.session, now);
          return entry.actor;
        }
        this.forget(hash, entry);
      }
      this.stats.misses++;
    } else this.stats.bypassed++;
    const epoch = this.epoch;
    const seq = this.heardSeq;
    this.reading++;
    try {
      const read = await readSession(em, hash, now);
      if (!read) return null;
      const expiresAt = await touchSession(em, read.session, now);
      const actor = freeze(read.actor);
      // Not stored if this person's facts (or everyone's) changed while it was being read.
      const dropped = this.droppedAt.get(actor.userId) ?? 0;
      if (this.live && this.epoch === epoch && dropped <= seq)
        this.store(hash, { ...read.session, expiresAt }, actor, now);
      return actor;
    } finally {
      if (--this.reading === 0) this.droppedAt.clear();
    }
  }

  /**
   * Resolves once every change committed before the call has been heard (and the entries it
   * concerns dropped): the app's own writes hold for the very next operation on this instance.
   * Immediate while not listening (nothing is served then, and everything is dropped on reconnect).
   */
  barrier(): Promise<void> {
    if (!this.live) return Promise.resolve();
    return new Promise((resolve) => {
      const timeout = setTimeout(resolve, BARRIER_MS);
      timeout.unref();
      this.waiters.push(() => {
        clearTimeout(timeout);
        resolve();
      });
      if (this.inFlightSince === null) this.beat();
    });
  }

  /** Drops everything (the cache starts cold). */
  clear(): void {
    this.epoch++;
    this.entries.clear();
    this.byUser.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.client;
    this.down(client, null);
    await client?.end().catch(() => undefined);
  }

  private store(hash: string, session: Entry['session'], actor: SessionActor, now: Date): void {
    const previous = this.entries.get(hash);
    if (previous) this.forget(hash, previous);
    if (this.entries.size >= MAX_ENTRIES) {
      const [oldest, entry] = this.entries.entries().next().value as [string, Entry];
      this.forget(oldest, entry);
    }
    this.entries.set(hash, { actor, userId: actor.userId, session, storedAt: now.getTime() });
    let hashes = this.byUser.get(actor.userId);
    if (!hashes) this.byUser.set(actor.userId, (hashes = new Set()));
    hashes.add(hash);
  }

  private forget(hash: string, entry: Entry): void {
    this.entries.delete(hash);
    const hashes = this.byUser.get(entry.userId);
    hashes?.delete(hash);
    if (hashes && hashes.size === 0) this.byUser.delete(entry.userId);
  }

  private heard(payload: string | undefined): void {
    const seq = ++this.heardSeq;
    this.stats.drops++;
    if (!payload || payload === '*') return this.clear();
    for (const userId of payload.split(',')) {
      if (this.reading > 0) this.droppedAt.set(userId, seq);
      for (const hash of this.byUser.get(userId) ?? []) this.entries.delete(hash);
      this.byUser.delete(userId);
    }
  }

  private async connect(): Promise<void> {
    this.reconnect = null;
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.connectionString, keepAlive: true });
    this.client = client;
    client.on('notification', (message) => {
      if (this.client === client && message.channel === ACTOR_FACTS_CHANNEL) this.heard(message.payload);
    });
    client.on('error', (error) => this.down(client, error));
    client.on('end', () => this.down(client, null));
    try {
      await client.connect();
      const sentAt = performance.now();
      await client.query(`LISTEN ${ACTOR_FACTS_CHANNEL}`);
      if (this.client !== client || this.closed) return;
      // Whatever changed while nobody listened is unknown: start cold.
      this.clear();
      this.live = true;
      this.freshAsOf = sentAt;
      this.retryMs = 100;
    } catch (error) {
      this.down(client, error);
    }
  }

  /** The connection failed or ended: serve nothing from memory, drop everything, connect again. */
  private down(client: pg.Client | null, error: unknown): void {
    if (!client || this.client !== client) return;
    if (error && !this.closed)
      logger.warn({ err: error }, 'actor cache: LISTEN connection lost; reading actors from the database');
    this.client = null;
    this.live = false;
    this.inFlightSince = null;
    this.clear();
    const waiting = this.waiters;
    this.waiters = [];
    for (const resolve of waiting) resolve();
    client.removeAllListeners('notification');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.closed) return;
    this.reconnect = setTimeout(() => void this.connect(), this.retryMs);
    this.reconnect.unref();
    this.retryMs = Math.min(this.retryMs * 2, 5000);
  }

  private beat(): void {
    const client = this.client;
    if (!client || !this.live) return;
    if (this.inFlightSince !== null) {
      if (performance.now() - this.inFlightSince > STUCK_MS) this.down(client, new Error('heartbeat unanswered'));
      return;
    }
    const sentAt = performance.now();
    this.inFlightSince = sentAt;
    // Waiters from before this heartbeat was sent are released by its answer.
    const waiting = this.waiters;
    this.waiters = [];
    client.query(ACTOR_CACHE_HEARTBEAT).then(
      () => {
        if (this.client !== client) return;
        this.freshAsOf = sentAt;
        this.inFlightSince = null;
        for (const resolve of waiting) resolve();
        if (this.waiters.length) this.beat();
      },
      (error: unknown) => {
        for (const resolve of waiting) resolve();
        this.down(client, error);
      },
    );
  }
}
