import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { authorize, can, ROLES } from '@opcat/domain';
import type { Actor, Role } from '@opcat/domain';
import { Organisation } from '../../db/entities/identity.ts';
import { SsoConnection } from '../../db/entities/sso.ts';
import { notFound } from '../../errors.ts';
import { logger } from '../../logger.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { ConfigureSsoInput, UserError } from '../../__generated__/resolvers-types.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { isId } from '../ids.ts';
import { fromZod, userError } from '../user-errors.ts';
import { issuerProblem } from './issuer-url.ts';
import { discoverProvider } from './provider-client.ts';
import { openClientSecret, sealClientSecret } from './client-secret.ts';

/** What an organisation's ADMINs read of its connection: never the client secret. */
export interface SsoConnectionView {
  id: string;
  slug: string;
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  allowedDomains: string[];
  jitRole: Role;
  enabled: boolean;
  updatedAt: Date;
}

export function ssoConnectionView(connection: SsoConnection): SsoConnectionView {
  return {
    id: connection.id,
    slug: connection.slug,
    issuer: connection.issuer,
    clientId: connection.clientId,
    clientSecretSet: connection.clientSecretSealed.length > 0,
    allowedDomains: [...connection.allowedDomains],
    jitRole: connection.jitRole,
    enabled: connection.enabled,
    updatedAt: connection.updatedAt,
  };
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])$/;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

const input = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(SLUG, 'Use 2 to 63 lower-case letters, digits and hyphens (not at either end)'),
  issuer: z.string().trim().min(1).max(500),
  clientId: z.string().trim().min(1).max(300),
  clientSecret: z.string().max(2000).nullish(),
  allowedDomains: z
    .array(z.string().trim().toLowerCase().regex(DOMAIN, 'Not a domain name, e.g. mnp.example.org'))
    .min(1, 'Allow at least one e-mail domain')
    .max(50),
  // An organisation's admins are chosen by an admin, never by whoever the provider signs in.
  jitRole: z
    .enum(ROLES)
    .refine((role) => role !== 'ADMIN', 'People who join through the provider cannot become ADMINs')
    .nullish(),
  enabled: z.boolean().nullish(),
});

type Result = { ssoConnection: SsoConnectionView | null; userErrors: UserError[] };
const refused = (...userErrors: UserError[]): Result => ({ ssoConnection: null, userErrors });

/**
 * An organisation's ADMIN creates or changes its single sign-on. The provider is discovered with the
 * given client before anything is stored, so a typo shows at once rather than at the next sign-in.
 */
export async function configureSso(ctx: OperationContext & { actor: Actor }, raw: ConfigureSsoInput): Promise<Result> {
  if (!isId(raw.organisationId)) throw notFound();
  const organisationId = raw.organisationId;
  authorize(ctx.actor, 'organisation:configureSso', { organisationId });
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused(...fromZod(parsed.error));
  const values = parsed.data;
  const problem = issuerProblem(values.issuer, ctx.services.env.NODE_ENV === 'production');
  if (problem) return refused(userError(['input', 'issuer'], 'INVALID', problem));

  const existing = await ctx.em.findOne(SsoConnection, { organisation: organisationId });
  const newSecret = values.clientSecret ? values.clientSecret : null;
  if (!existing && !newSecret) {
    return refused(userError(['input', 'clientSecret'], 'INVALID', 'The client secret is required the first time'));
  }
  const taken = await ctx.em.findOne(SsoConnection, { slug: values.slug, organisation: { $ne: organisationId } });
  if (taken) return refused(userError(['input', 'slug'], 'SLUG_TAKEN', 'Another organisation uses this name'));

  const clientSecret = newSecret ?? (existing ? await openClientSecret(ctx, existing) : '');
  try {
    await discoverProvider({ issuer: values.issuer, clientId: values.clientId, clientSecret });
  } catch (error) {
    logger.info({ err: error, organisationId }, 'single sign-on: provider discovery failed');
    return refused(
      userError(['input', 'issuer'], 'ISSUER_UNREACHABLE', 'The provider could not be discovered at this issuer'),
    );
  }

  try {
    const stored = await ctx.em.transactional(async (tx) => {
      const organisation = await tx.findOne(Organisation, organisationId);
      if (!organisation) throw notFound();
      const connection =
        (await tx.findOne(SsoConnection, { organisation })) ??
        tx.create(SsoConnection, {
          organisation,
          slug: values.slug,
          issuer: values.issuer,
          clientId: values.clientId,
          clientSecretSealed: '',
          allowedDomains: [],
        });
      connection.slug = values.slug;
      connection.issuer = values.issuer;
      connection.clientId = values.clientId;
      connection.allowedDomains = [...new Set(values.allowedDomains)];
      connection.jitRole = values.jitRole ?? 'VIEWER';
      connection.enabled = values.enabled ?? true;
      connection.updatedAt = new Date();
      if (newSecret) connection.clientSecretSealed = await sealClientSecret(ctx, tx, connection, newSecret);
      await tx.flush();
      await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
        action: 'organisation.ssoConfigured',
        actor: ctx.actor,
        subjectType: 'organisation',
        subjectId: organisationId,
        subjectOrganisationId: organisationId,
        details: {
          slug: connection.slug,
          issuer: connection.issuer,
          clientId: connection.clientId,
          clientSecretChanged: newSecret !== null,
          allowedDomains: connection.allowedDomains,
          jitRole: connection.jitRole,
          enabled: connection.enabled,
        },
      });
      return connection;
    });
    return { ssoConnection: ssoConnectionView(stored), userErrors: [] };
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      return refused(userError(['input', 'slug'], 'SLUG_TAKEN', 'Another organisation uses this name'));
    }
    throw error;
  }
}

/** `Organisation.ssoConnection`: its ADMINs only; null for everyone else, as when there is none. */
export async function organisationSsoConnection(
  ctx: OperationContext,
  organisation: Organisation,
): Promise<SsoConnectionView | null> {
  if (!can(ctx.actor, 'organisation:configureSso', { organisationId: organisation.id })) return null;
  const connection = await ctx.em.findOne(SsoConnection, { organisation: organisation.id });
  return connection ? ssoConnectionView(connection) : null;
}

export function viewerCanConfigureSso(ctx: OperationContext, organisation: Organisation): boolean {
  return can(ctx.actor, 'organisation:configureSso', { organisationId: organisation.id });
}

/** The sign-in page's list: organisations whose single sign-on is on (names and slugs only). */
export async function ssoProviders(ctx: OperationContext): Promise<{ name: string; slug: string }[]> {
  return ctx.em.getConnection().execute<{ name: string; slug: string }[]>(
    `select o.name, c.slug from sso_connection c join organisation o on o.id = c.organisation_id
        where c.enabled order by o.name, c.slug limit 500`,
  );
}
