import { Redis } from 'ioredis';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Env } from './env.ts';
import { createSignInLimiter } from './auth/rate-limit.ts';
import type { SignInLimiter } from './auth/rate-limit.ts';
import { createPortalLimiter } from './http/portal/portal-limit.ts';
import type { PortalLimiter } from './http/portal/portal-limit.ts';
import { createSsoLimiter } from './http/sso-limit.ts';
import type { SsoLimiter } from './http/sso-limit.ts';
import { KeyRing } from './crypto/envelope.ts';
import { createJoinRequestLimiter } from './modules/platform/join-limit.ts';
import type { JoinRequestLimiter } from './modules/platform/join-limit.ts';
import { createEventBus } from './realtime/bus.ts';
import type { EventBus } from './realtime/bus.ts';
import { ConnectionRegistry } from './realtime/connections.ts';
import { SharedSocketCounts } from './realtime/shared-socket-caps.ts';
import { watchLiveChanges } from './modules/records/live-changes.ts';
import { createCollabServer } from './collab/server.ts';
import type { CollabServer } from './collab/server.ts';
import type { CoEditingPort } from './modules/co-editing/port.ts';
import type { OperationContext } from './operation/context.ts';
import { createJobQueue } from './jobs/queue.ts';
import { closeAuditBatcher } from './modules/audit/read-audit.ts';
import type { EnqueueOptions } from './jobs/queue.ts';
import type { JobName, JobPayload } from './jobs/registry.ts';
import { createMailPort } from './mail/port.ts';
import { ImmediateDelivery } from './modules/notification/immediate-delivery.ts';
import { ActorCache } from './auth/actor-cache.ts';
import type { MailPort } from './mail/port.ts';

/** Background work, as operations hand it over (the runner that takes it is started by the composition root). */
export interface JobQueue {
  /**
   * Queues a job inside the caller's transaction when there is one (pass the transaction's
   * EntityManager, or call from within `ctx.em.transactional`): it commits, or rolls back, with
   * the write that caused it.
   */
  enqueue<N extends JobName>(
    target: OperationContext | EntityManager,
    name: N,
    payload: JobPayload<N>,
    options?: EnqueueOptions,
  ): Promise<void>;
  /** Removes the pending job with this key, in the caller's transaction (e.g. a reminder no longer due). */
  remove(target: OperationContext | EntityManager, jobKey: string): Promise<void>;
}

/** Long-lived things every operation may use, built once in the composition root. */
export interface Services {
  orm: MikroORM;
  env: Env;
  signInLimiter: SignInLimiter;
  /** Requests per address to the public portal (http/portal). */
  portalLimiter: PortalLimiter;
  /** Signed-out requests to join the platform, per address and overall (decision 0029). */
  joinRequestLimiter: JoinRequestLimiter;
  /** Second-factor codes, throttled like passwords (decision 0007) but counted apart from them, per account. */
  secondFactorLimiter: SignInLimiter;
  /** Single sign-on starts and callbacks per address (http/sso-routes.ts, decision 0028). */
  ssoLimiter: SsoLimiter;
  /** Data keys for sealing personal data and second-factor secrets (decision 0026). */
  keyRing: KeyRing;
  bus: EventBus;
  /** Each session's actor in memory, dropped when the database announces a change (decision 0038). */
  actors: ActorCache;
  connections: ConnectionRegistry;
  /** The co-editing server as modules see it. */
  coEditing: CoEditingPort;
  jobs: JobQueue;
  /** E-mail: stored and queued in the caller's transaction, delivered by the `mail.send` job (SMTP or outbox). */
  mail: MailPort;
  /** Notifications delivered in-process right after their command commits, the job as fallback (decision 0042). */
  immediateNotifications: ImmediateDelivery;
}

/** The services plus what only the composition root handles (the /collab endpoint, shutdown). */
export interface AppServices extends Services {
  collab: CollabServer;
  dispose(): Promise<void>;
}

/** Builds the long-lived services; Redis is used only when REDIS_URL is set. */
export function createServices(orm: MikroORM, env: Env): AppServices {
  const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 3 }) : undefined;
  const bus = createEventBus(env.REDIS_URL);
  const caps = { perSession: env.WS_MAX_SOCKETS_PER_SESSION, perUser: env.WS_MAX_SOCKETS_PER_USER };
  // Committed record changes reach open lists (decision 0036).
  const unwatch = watchLiveChanges(orm, bus);
  const services = {
    orm,
    env,
    bus,
    actors: new ActorCache(orm.config.getClientUrl(), env.SESSION_SECRET),
    connections: new ConnectionRegistry(bus, caps, redis ? new SharedSocketCounts(redis, caps) : null),
    signInLimiter: createSignInLimiter(redis),
    portalLimiter: createPortalLimiter(env.PORTAL_REQUESTS_PER_MINUTE, redis),
    secondFactorLimiter: createSignInLimiter(redis, { keyPrefix: 'second-factor' }),
    ssoLimiter: createSsoLimiter(redis),
    joinRequestLimiter: createJoinRequestLimiter(redis),
    keyRing: new KeyRing(env.MASTER_KEY),
    jobs: createJobQueue(),
  } as AppServices;
  services.mail = createMailPort(env, services.jobs);
  services.immediateNotifications = new ImmediateDelivery(services);
  services.actors.start();
  // The collaboration server authorizes through operation contexts built from these very services.
  services.collab = createCollabServer(services);
  services.coEditing = services.collab.port;
  services.dispose = async () => {
    // Every append already received (from /collab or a version restore over GraphQL) commits first.
    await services.collab.store.close();
    // So does every read audit waiting in a batch.
    await closeAuditBatcher(orm);
    // Deliveries already started finish (their jobs would deliver them anyway, later).
    await services.immediateNotifications.idle();
    unwatch();
    await services.actors.close();
    await services.connections.shared?.close();
    await bus.close();
    await redis?.quit();
    services.mail.close();
  };
  return services;
}
