import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isCountryCode, LOCALES, NPM_MODELS, ORGANISATION_KINDS } from '@opcat/domain';
import type { Actor, Locale, OrganisationKind } from '@opcat/domain';
import { Membership, Organisation, User } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { appLink } from '../../mail/links.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { issueInvitation } from '../organisation/invitations.ts';
import { isId } from '../ids.ts';
import { userError } from '../user-errors.ts';

/** International bodies have no country; every other kind works in one. */
const INTERNATIONAL: readonly OrganisationKind[] = ['SPT', 'OHCHR', 'PARTNER'];
/** Kinds that may sit inside a host institution, and the kind a host is. */
const HOSTED: readonly OrganisationKind[] = ['NPM', 'LOCAL_PM'];

/** What describes a new organisation, checked the same way for the platform's form and a request to join. */
export const organisationFields = z
  .object({
    name: z.string().trim().min(2).max(300),
    kind: z.enum(ORGANISATION_KINDS),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || isCountryCode(v), 'Two letters (ISO 3166-1 alpha-2)'),
    npmModel: z.enum(NPM_MODELS).nullish(),
  })
  .superRefine((value, issue) => {
    if (!INTERNATIONAL.includes(value.kind) && value.countryCode === null) {
      issue.addIssue({ code: 'custom', path: ['countryCode'], message: 'Required for this kind of organisation' });
    }
    if (value.kind === 'NPM' && !value.npmModel) {
      issue.addIssue({ code: 'custom', path: ['npmModel'], message: 'Required for an NPM' });
    }
    if (value.kind !== 'NPM' && value.npmModel) {
      issue.addIssue({ code: 'custom', path: ['npmModel'], message: 'Only an NPM has a model' });
    }
  });

export const contactFields = {
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(200),
  locale: z.enum(LOCALES).nullish(),
};

export interface NewOrganisation {
  name: string;
  kind: OrganisationKind;
  countryCode: string | null;
  npmModel?: (typeof NPM_MODELS)[number] | null;
  hostOrganisationId?: string | null;
  adminEmail: string;
  adminName: string;
  locale: Locale;
}

/**
 * The host an NPM (or local mechanism) is linked to: an NHRI / Ombuds organisation other than itself.
 * Returns the user error to report, or the host.
 */
export async function checkHost(
  tx: EntityManager,
  organisation: { id?: string; kind: OrganisationKind },
  hostOrganisationId: string,
  field: string[],
): Promise<Organisation | UserError> {
  const host = isId(hostOrganisationId) ? await tx.findOne(Organisation, hostOrganisationId) : null;
  if (!host) return userError(field, 'NOT_FOUND', 'Unknown organisation');
  if (!HOSTED.includes(organisation.kind) || host.kind !== 'NHRI' || host.id === organisation.id) {
    return userError(field, 'INVALID', 'Only an NPM or local mechanism sits in a host, which is an NHRI or Ombuds');
  }
  return host;
}

/**
 * Creates an organisation and makes `adminEmail` its first ADMIN, in the caller's transaction: a new
 * e-mail gets an account without a password and an invitation (decision 0024's flow, also in the
 * platform's outbox); an existing account is told by e-mail. Audited in the new organisation's log.
 */
export async function foundOrganisation(
  ctx: OperationContext & { actor: Actor },
  tx: EntityManager,
  input: NewOrganisation,
  origin: { joinRequestId?: string },
): Promise<{ organisation: Organisation; invitationSent: boolean } | { userErrors: UserError[] }> {
  let host: Organisation | null = null;
  if (input.hostOrganisationId) {
    const checked = await checkHost(tx, { kind: input.kind }, input.hostOrganisationId, [
      'input',
      'hostOrganisationId',
    ]);
    if (!(checked instanceof Organisation)) return { userErrors: [checked] };
    host = checked;
  }
  const organisation = tx.create(Organisation, {
    name: input.name,
    kind: input.kind,
    countryCode: input.countryCode,
    npmModel: input.kind === 'NPM' ? (input.npmModel ?? null) : null,
    hostOrganisation: host,
  });
  const inviter = await tx.findOneOrFail(User, ctx.actor.userId);
  let user = await tx.findOne(User, { email: input.adminEmail }, { populate: ['passwordHash'] });
  user ??= tx.create(User, {
    email: input.adminEmail,
    displayName: input.adminName,
    passwordHash: null,
    preferredLocale: input.locale,
  });
  const membership = tx.create(Membership, { user, organisation, role: 'ADMIN' });
  await tx.flush();
  const invite = user.passwordHash === null;
  await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
    action: 'organisation.created',
    actor: ctx.actor,
    subjectType: 'organisation',
    subjectId: organisation.id,
    subjectOrganisationId: organisation.id,
    details: {
      name: organisation.name,
      kind: organisation.kind,
      countryCode: organisation.countryCode,
      npmModel: organisation.npmModel,
      hostOrganisationId: host?.id ?? null,
      joinRequestId: origin.joinRequestId ?? null,
    },
  });
  await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
    action: 'membership.added',
    actor: ctx.actor,
    subjectType: 'membership',
    subjectId: membership.id,
    subjectOrganisationId: organisation.id,
    details: { organisationId: organisation.id, userId: user.id, role: 'ADMIN', invited: invite },
  });
  const facts = { organisationName: organisation.name, inviterName: inviter.displayName };
  if (invite) {
    await issueInvitation(ctx, tx, {
      user,
      organisation,
      role: 'ADMIN',
      locale: user.preferredLocale,
      platform: true,
      ...facts,
    });
  } else {
    await ctx.services.mail.send(tx, {
      to: { userId: user.id, email: user.email },
      organisationId: organisation.id,
      platform: true,
      locale: user.preferredLocale,
      template: 'memberAdded',
      params: { ...facts, link: appLink(ctx.services.env, '/') },
    });
  }
  return { organisation, invitationSent: invite };
}
