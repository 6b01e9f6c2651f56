import type { z } from 'zod';
import type { OperationContext } from '../operation/context.ts';

/**
 * A kind of background work: its name (the graphile-worker task identifier, so never rename one
 * that may still be queued), the payload it accepts and what it does. Handlers may run more than
 * once for one enqueue (a crash after the work but before the job is marked done) and must be
 * idempotent.
 */
export interface JobDefinition<Name extends string = string, Payload extends z.ZodType = z.ZodType> {
  name: Name;
  payload: Payload;
  handler(ctx: OperationContext, payload: z.output<Payload>): Promise<void>;
  /** Attempts before the job is left failed in the queue (graphile-worker retries with backoff). */
  maxAttempts: number;
}

export function defineJob<Name extends string, Payload extends z.ZodType>(
  name: Name,
  payload: Payload,
  handler: (ctx: OperationContext, payload: z.output<Payload>) => Promise<void>,
  options: { maxAttempts?: number } = {},
): JobDefinition<Name, Payload> {
  return { name, payload, handler, maxAttempts: options.maxAttempts ?? 10 };
}
