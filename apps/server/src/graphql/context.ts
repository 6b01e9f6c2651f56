import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '@opcat/domain';
import type { Env } from '../env.ts';
import type { SignInLimiter } from '../auth/rate-limit.ts';
import type { EventBus } from '../realtime/bus.ts';
import type { ConnectionRegistry } from '../realtime/connections.ts';
import { loadActor } from '../auth/load-actor.ts';
import type { CollabServer } from '../collab/collab.ts';
import { tokenFromCookieHeader } from '../auth/session.ts';

/** Long-lived things every operation may use, built once in the composition root. */
export interface Services {
  orm: MikroORM;
  env: Env;
  signInLimiter: SignInLimiter;
  bus: EventBus;
  connections: ConnectionRegistry;
  /** The co-editing server, once the app has created it. */
  collab?: CollabServer;
}

export interface GraphQLContext {
  services: Services;
  /** One EntityManager per operation (HTTP request, WebSocket operation). */
  em: EntityManager;
  actor: Actor | null;
  transport: 'http' | 'ws';
  ip: string;
  userAgent: string | null;
  /** Present over HTTP only: cookies can only be set on an HTTP response. */
  http?: { setCookie(value: string): void; secure: boolean };
  /** Re-reads the actor with a fresh EntityManager, for re-authorizing each subscription event. */
  reloadActor(): Promise<Actor | null>;
}

export interface RequestFacts {
  cookieHeader: string | undefined;
  ip: string;
  userAgent: string | undefined;
  transport: 'http' | 'ws';
  http?: GraphQLContext['http'];
}

/** The one context builder, shared by Apollo (HTTP) and graphql-ws. */
export async function buildContext(services: Services, request: RequestFacts): Promise<GraphQLContext> {
  const token = tokenFromCookieHeader(request.cookieHeader);
  const em = services.orm.em.fork() as EntityManager;
  const actor = await loadActor(em, token, services.env.SESSION_SECRET);
  return {
    services,
    em,
    actor,
    transport: request.transport,
    ip: request.ip,
    userAgent: request.userAgent ?? null,
    ...(request.http ? { http: request.http } : {}),
    reloadActor: () => loadActor(services.orm.em.fork() as EntityManager, token, services.env.SESSION_SECRET),
  };
}
