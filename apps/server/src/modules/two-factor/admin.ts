import { authorize, can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Membership, Organisation, Session } from '../../db/entities/identity.ts';
import { notFound } from '../../errors.ts';
import type { OperationContext } from '../../operation/context.ts';
import type {
  ResetMemberTwoFactorInput,
  SetTwoFactorRequiredInput,
  UserError,
} from '../../__generated__/resolvers-types.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { isId } from '../ids.ts';
import { userError } from '../user-errors.ts';
import { loadTwoFactorRow } from './check-code.ts';

/**
 * Requires (or stops requiring) two-factor of an organisation's members. Turning it on holds every
 * member without an authenticator at the enrolment from their next operation on (loadActor reads
 * the requirement fresh each time); their open sockets are closed now.
 */
export async function setTwoFactorRequired(
  ctx: OperationContext & { actor: Actor },
  input: SetTwoFactorRequiredInput,
): Promise<{ organisation: Organisation | null; userErrors: UserError[] }> {
  if (!isId(input.organisationId)) throw notFound();
  authorize(ctx.actor, 'organisation:manageTwoFactor', { organisationId: input.organisationId });
  // An admin without an authenticator would hold themselves at the enrolment by turning it on.
  if (input.required && !(await loadTwoFactorRow(ctx, ctx.actor.userId))?.enabled_at) {
    return {
      organisation: null,
      userErrors: [
        userError(['input', 'required'], 'NOT_ENROLLED', 'Turn on your own two-factor authentication first'),
      ],
    };
  }
  const organisation = await ctx.em.transactional(async (tx) => {
    const found = await tx.findOne(Organisation, input.organisationId);
    if (!found) throw notFound();
    if (found.requireTwoFactor === input.required) return found;
    found.requireTwoFactor = input.required;
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'organisation.twoFactorRequirementChanged',
      actor: ctx.actor,
      subjectType: 'organisation',
      subjectId: found.id,
      subjectOrganisationId: found.id,
      details: { required: input.required },
    });
    return found;
  });
  if (input.required) {
    const unenrolled = await ctx.em.getConnection().execute<{ user_id: string }[]>(
      `select m.user_id from membership m
        where m.organisation_id = ?
          and not exists (select 1 from user_two_factor t where t.user_id = m.user_id and t.enabled_at is not null)`,
      [organisation.id],
    );
    for (const { user_id: userId } of unenrolled) await ctx.services.bus.publish('revoke', { userId });
  }
  return { organisation, userErrors: [] };
}

/**
 * Removes a member's authenticator and recovery codes (a lost phone), and ends their sessions: they
 * sign in with their password and enrol again (at once when their organisation requires it).
 */
export async function resetMemberTwoFactor(
  ctx: OperationContext & { actor: Actor },
  input: ResetMemberTwoFactorInput,
): Promise<{ membership: Membership | null; userErrors: UserError[] }> {
  if (!isId(input.membershipId)) throw notFound();
  const membership = await ctx.em.findOne(Membership, input.membershipId, { populate: ['organisation', 'user'] });
  if (!membership) throw notFound();
  const userId = membership.user.id;
  authorize(ctx.actor, 'organisation:resetMemberTwoFactor', {
    organisationId: membership.organisation.id,
    memberUserId: userId,
    memberOrganisationIds: [membership.organisation.id],
  });
  await ctx.em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const context = tx.getTransactionContext();
    await connection.execute('delete from user_two_factor where user_id = ?', [userId], 'run', context);
    await connection.execute('delete from recovery_code where user_id = ?', [userId], 'run', context);
    // A lost device may be the laptop with the passkey: the reset removes every second factor.
    await connection.execute('delete from passkey where user_id = ?', [userId], 'run', context);
    await tx.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: new Date() });
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'membership.twoFactorReset',
      actor: ctx.actor,
      subjectType: 'membership',
      subjectId: membership.id,
      subjectOrganisationId: membership.organisation.id,
      details: { organisationId: membership.organisation.id, userId },
    });
  });
  await ctx.services.bus.publish('revoke', { userId });
  return { membership, userErrors: [] };
}

const enrolledByOrganisation = new WeakMap<OperationContext, Map<string, Promise<Set<string>>>>();

/**
 * Whether a member has an authenticator, for those who manage two-factor of the organisation only
 * (null for everyone else). One statement per organisation and operation, whatever the member count.
 */
export async function memberTwoFactorEnabled(ctx: OperationContext, membership: Membership): Promise<boolean | null> {
  const organisationId = membership.organisation.id;
  if (!can(ctx.actor, 'organisation:manageTwoFactor', { organisationId })) return null;
  let perOrganisation = enrolledByOrganisation.get(ctx);
  if (!perOrganisation) enrolledByOrganisation.set(ctx, (perOrganisation = new Map()));
  let enrolled = perOrganisation.get(organisationId);
  if (!enrolled) {
    enrolled = ctx.em
      .getConnection()
      .execute<{ user_id: string }[]>(
        `select t.user_id from user_two_factor t join membership m on m.user_id = t.user_id
          where m.organisation_id = ? and t.enabled_at is not null`,
        [organisationId],
      )
      .then((rows) => new Set(rows.map((r) => r.user_id)));
    perOrganisation.set(organisationId, enrolled);
  }
  return (await enrolled).has(membership.user.id);
}

export function organisationTwoFactorRequired(organisation: Organisation): boolean {
  return organisation.requireTwoFactor === true;
}

export function viewerCanManageTwoFactor(ctx: OperationContext, organisation: Organisation): boolean {
  return can(ctx.actor, 'organisation:manageTwoFactor', { organisationId: organisation.id });
}
