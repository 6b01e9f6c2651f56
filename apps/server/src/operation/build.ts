import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@opcat/domain';
import { loadActor } from '../auth/load-actor.ts';
import type { SessionActor } from '../auth/load-actor.ts';
import type { Services } from '../services.ts';
import type { OperationContext, RequestFacts, Transport } from './context.ts';
import { createLoaders } from './loaders.ts';

export interface OperationOrigin {
  transport: Transport;
  /** The session cookie's token: the actor is loaded from it. */
  sessionToken?: string | null;
  /** An actor already loaded for this operation (a /collab hook re-using its connection's). */
  actor?: SessionActor | null;
  request?: RequestFacts | null;
  /** Run inside this EntityManager (a job's transaction) instead of a fresh fork. */
  em?: EntityManager;
}

type ContextObserver = (ctx: OperationContext) => void;
const observers = new Set<ContextObserver>();

/**
 * Calls `observer` with every operation context built from now on, until the returned function is
 * called. Tests use it to show which doors come through here.
 */
export function observeOperationContexts(observer: ContextObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

/**
 * THE way an operation starts — HTTP request, graphql-ws operation, /collab hook or job: one
 * EntityManager forked once, the actor of the session (or given), the organisation they
 * act for, and fresh loaders.
 */
export async function buildOperationContext(services: Services, origin: OperationOrigin): Promise<OperationContext> {
  const em = origin.em ?? (services.orm.em.fork() as EntityManager);
  const sessionToken = origin.sessionToken ?? null;
  // The session's actor from the instance's cache (decision 0038): no statement when warm.
  const actor = origin.actor !== undefined ? origin.actor : await services.actors.load(em, sessionToken);
  const ctx: OperationContext = {
    services,
    em,
    actor,
    actingOrganisation: actingMembership(actor),
    transport: origin.transport,
    loaders: createLoaders(),
    request: origin.request ?? null,
    sessionToken,
  };
  for (const observe of observers) observe(ctx);
  return ctx;
}

/** The membership the actor acts through: the one chosen for the session, else their first. */
export function actingMembership(actor: SessionActor | Actor | null) {
  if (!actor) return null;
  const chosen = 'actingOrganisationId' in actor ? actor.actingOrganisationId : null;
  return actor.memberships.find((m) => m.organisationId === chosen) ?? actor.memberships[0] ?? null;
}

/** The operation's actor as the database says now, past the cache (subscription events, re-authorization). */
export function reloadActor(ctx: OperationContext): Promise<SessionActor | null> {
  return loadActor(ctx.services.orm.em.fork() as EntityManager, ctx.sessionToken, ctx.services.env.SESSION_SECRET);
}
