import type { OperationContext } from '../../operation/context.ts';
import type { Sql } from './sql.ts';

/**
 * Runs one dashboard statement on the operation's connection (inside its transaction, if any). Its
 * aggregates pass jit_above_cost, but the app's connections run without JIT (`APP_CONNECTION_OPTIONS`
 * in db/orm.ts): compiling one cost ~450 ms of a 1.9 s country dashboard (bench:scale).
 */
export function runSql<T>(ctx: OperationContext, query: Sql): Promise<T[]> {
  return ctx.em.getConnection().execute<T[]>(query.text, query.params, 'all', ctx.em.getTransactionContext());
}

/** PostgreSQL returns bigint counts as strings. */
export const int = (value: unknown): number => Number(value ?? 0);
