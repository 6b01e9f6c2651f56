import { Redis } from 'ioredis';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Env } from './env.ts';
import { createSignInLimiter } from './auth/rate-limit.ts';
import { createEventBus } from './realtime/bus.ts';
import { ConnectionRegistry } from './realtime/connections.ts';
import type { Services } from './graphql/context.ts';

/** Builds the long-lived services; Redis is used only when REDIS_URL is set. */
export function createServices(orm: MikroORM, env: Env): Services & { dispose(): Promise<void> } {
  const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 3 }) : undefined;
  const bus = createEventBus(env.REDIS_URL);
  const connections = new ConnectionRegistry(bus);
  return {
    orm,
    env,
    bus,
    connections,
    signInLimiter: createSignInLimiter(redis),
    async dispose() {
      await bus.close();
      await redis?.quit();
    },
  };
}
