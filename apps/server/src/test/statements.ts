import pg from 'pg';
import { ACTOR_CACHE_HEARTBEAT } from '../auth/actor-cache.ts';

/**
 * Every SQL statement any connection of this process sends while `fn` runs (the ORM's pool, the job
 * queue's, raw `pg` clients): the figure the statement-count tests hold constant. Recording is
 * process-wide, so run nothing else meanwhile (no parallel requests, no job runner work due). The
 * actor cache's heartbeat (every 250 ms on its own LISTEN connection, part of no operation) is left out.
 */
export async function recordStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function query(this: unknown, ...args: unknown[]) {
    const [first] = args;
    const text =
      typeof first === 'string' ? first : ((first as { text?: string } | null | undefined)?.text ?? String(first));
    if (text !== ACTOR_CACHE_HEARTBEAT) statements.push(text);
    return original.apply(this, args);
  };
  try {
    const result = await fn();
    return { result, statements };
  } finally {
    prototype.query = original;
  }
}

/** The statements that read a session's actor (auth/load-actor.ts): none for a warm request (decision 0038). */
export function sessionStatements(statements: readonly string[]): string[] {
  return statements.filter((statement) => /from user_session s\b/.test(statement));
}

/**
 * Runs `request` warm, the way a second request of a session finds the server: the session's actor
 * is in the instance's cache and the cache is serving (its heartbeat lease just renewed). Answers
 * whether the cache had to read the session anyway (its lease lapsed: a busy machine), so that a
 * test can tell a session statement it expects from one it does not.
 */
export async function warm<T>(
  actors: { barrier(): Promise<void>; stats: { bypassed: number } },
  request: () => Promise<T>,
): Promise<{ result: T; statements: string[]; bypassed: boolean }> {
  await actors.barrier();
  const before = actors.stats.bypassed;
  const { result, statements } = await recordStatements(request);
  return { result, statements, bypassed: actors.stats.bypassed !== before };
}
