import type { OperationContext } from '../../operation/context.ts';
import type { Sql } from './sql.ts';

/**
 * Runs one dashboard statement on the operation's connection (inside its transaction, if any), with
 * PostgreSQL's JIT off for it: an aggregate over many rows passes jit_above_cost, and compiling it
 * cost ~450 ms of a 1.9 s country dashboard at 10k findings / 100k recommendations (bench:scale).
 */
export function runSql<T>(ctx: OperationContext, query: Sql): Promise<T[]> {
  const connection = ctx.em.getConnection();
  return connection.transactional(
    async (trx) => {
      await connection.execute('set local jit = off', [], 'run', trx);
      return connection.execute<T[]>(query.text, query.params, 'all', trx);
    },
    { ctx: ctx.em.getTransactionContext() },
  );
}

/** PostgreSQL returns bigint counts as strings. */
export const int = (value: unknown): number => Number(value ?? 0);
