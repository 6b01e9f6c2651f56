import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, ActorMembership } from '@opcat/domain';
import type { Services } from '../services.ts';
import type { Loaders } from './loaders.ts';

/** How an operation reached the server. Recorded in audit entries. */
export type Transport = 'http' | 'ws' | 'collab' | 'job';

/** What an HTTP request or a WebSocket handshake tells about the caller; jobs have none. */
export interface RequestFacts {
  ip: string;
  userAgent: string | null;
  /** Present over HTTP only: cookies can only be set on an HTTP response. */
  http?: {
    setCookie(value: string): void;
    secure: boolean;
    /** The Origin header, for WebAuthn on localhost when PUBLIC_URL is unset (decision 0037). */
    origin?: string | null;
  };
}

/**
 * One operation — an HTTP request, a graphql-ws operation or event, a /collab hook, a job — as
 * every module sees it: the long-lived services, one EntityManager, the actor and the organisation
 * they act for, and the operation's own loaders. Built only by `buildOperationContext`.
 */
export interface OperationContext {
  services: Services;
  em: EntityManager;
  actor: Actor | null;
  /** The membership the actor acts through (records they create, audit entries they cause). */
  actingOrganisation: ActorMembership | null;
  transport: Transport;
  loaders: Loaders;
  request: RequestFacts | null;
  /** The session token the actor was loaded from (re-read for each subscription event). */
  sessionToken: string | null;
}

/** An operation of a signed-in person. */
export type SignedIn<C extends OperationContext = OperationContext> = C & {
  actor: Actor;
  actingOrganisation: ActorMembership;
};
