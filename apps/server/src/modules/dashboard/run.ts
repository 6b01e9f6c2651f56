import type { OperationContext } from '../../operation/context.ts';
import type { Sql } from './sql.ts';

/** Runs one dashboard statement on the operation's connection (inside its transaction, if any). */
export function runSql<T>(ctx: OperationContext, query: Sql): Promise<T[]> {
  return ctx.em.getConnection().execute<T[]>(query.text, query.params, 'all', ctx.em.getTransactionContext());
}

/** PostgreSQL returns bigint counts as strings. */
export const int = (value: unknown): number => Number(value ?? 0);
