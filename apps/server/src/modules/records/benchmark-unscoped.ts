/**
 * BENCHMARK ONLY: lets `bench/lists` measure what authorization costs by replacing the SQL read
 * scope of `readableBy` with `true` (every row of the table), in a server the benchmark started in
 * its own process.
 *
 * It can only be switched on by calling `unscopeReadsForBenchmark` (no environment variable, no
 * config, no request can reach it; nothing in the server calls it), and that call refuses when
 * NODE_ENV is `production` (the process's or the server's own Env). While on, load-readable.ts
 * also skips its per-row `record:read` re-check (it would refuse the rows the scope no longer
 * filters out) and the audit of SPT-confidential reads: reads are authorized and audited by
 * nothing. Every other policy check (abilities, writes, personal data) still runs.
 */
import type { Env } from '../../env.ts';

let unscoped = false;

/** Whether `readableBy` returns `true` instead of the read scope (always false outside bench/lists). */
export function readsUnscopedForBenchmark(): boolean {
  return unscoped;
}

/**
 * Switches the read scope off (`on`) or back on for this process. Throws in production. Only for
 * bench/lists, which turns it on for one throughput run and off again.
 */
export function unscopeReadsForBenchmark(env: Pick<Env, 'NODE_ENV'>, on: boolean): void {
  // eslint-disable-next-line no-restricted-syntax -- a second guard beside the server's Env: never in a production process
  if (on && (env.NODE_ENV === 'production' || process.env.NODE_ENV === 'production')) {
    throw new Error('unscopeReadsForBenchmark: refused in production (benchmark only)');
  }
  unscoped = on;
}
