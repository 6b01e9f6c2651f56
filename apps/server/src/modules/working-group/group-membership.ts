import { authorize, can } from '@opcat/domain';
import type { Actor, WorkingGroupRole } from '@opcat/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, WorkingGroup, WorkingGroupMember } from '../../db/entities/identity.ts';
import { WorkingGroupInvitation } from '../../db/entities/onboarding.ts';
import type { OperationContext } from '../../operation/context.ts';
import type {
  InviteToWorkingGroupInput,
  RemoveFromWorkingGroupInput,
  RespondToWorkingGroupInvitationInput,
  SetWorkingGroupStandingInput,
  UserError,
} from '../../__generated__/resolvers-types.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { userError } from '../user-errors.ts';
import { isId } from '../ids.ts';
import { notFound } from '../../errors.ts';
import { announceGroupAccessChange } from './group-access-changed.ts';

type SignedIn = OperationContext & { actor: Actor };

const lastChair = (field: string[]) =>
  userError(field, 'LAST_CHAIR', 'The working group needs at least one chair organisation');

/** Organisations of the group, for the policy's facts and the chair count. */
function membersOf(tx: EntityManager, workingGroupId: string): Promise<WorkingGroupMember[]> {
  return tx.find(WorkingGroupMember, { workingGroup: workingGroupId });
}

/**
 * The chair's ADMINs invite an organisation with a standing. The group is asked about only after
 * the policy (an id the viewer does not chair answers like a random one); the invited organisation
 * is named from the shared directory.
 */
export async function inviteToWorkingGroup(
  ctx: SignedIn,
  input: InviteToWorkingGroupInput,
): Promise<{ invitation: WorkingGroupInvitation | null; userErrors: UserError[] }> {
  if (!isId(input.workingGroupId)) throw notFound();
  authorize(ctx.actor, 'workingGroup:manageMembers', { workingGroupId: input.workingGroupId });
  const role = input.role as WorkingGroupRole;
  return ctx.em.transactional(async (tx) => {
    const group = await tx.findOne(WorkingGroup, input.workingGroupId);
    if (!group) throw notFound();
    const organisation = isId(input.organisationId) ? await tx.findOne(Organisation, input.organisationId) : null;
    if (!organisation) {
      return { invitation: null, userErrors: [userError(['input', 'organisationId'], 'NOT_FOUND', 'Unknown')] };
    }
    const already =
      (await tx.count(WorkingGroupMember, { workingGroup: group, organisation })) +
      (await tx.count(WorkingGroupInvitation, { workingGroup: group, organisation }));
    if (already > 0) {
      return {
        invitation: null,
        userErrors: [userError(['input', 'organisationId'], 'ALREADY_IN_GROUP', 'Already in the group or invited')],
      };
    }
    const invitation = tx.create(WorkingGroupInvitation, {
      workingGroup: group,
      organisation,
      role,
      invitedBy: tx.getReference('User', ctx.actor.userId) as never,
    });
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'workingGroup.invited',
      actor: ctx.actor,
      subjectType: 'workingGroupInvitation',
      subjectId: invitation.id,
      subjectOrganisationId: organisation.id,
      details: { workingGroupId: group.id, organisationId: organisation.id, role },
    });
    return { invitation, userErrors: [] };
  });
}

/** The invited organisation's ADMINs accept (it joins with the offered standing) or decline. */
export async function respondToWorkingGroupInvitation(
  ctx: SignedIn,
  input: RespondToWorkingGroupInvitationInput,
): Promise<{ member: WorkingGroupMember | null; userErrors: UserError[] }> {
  if (!isId(input.id)) throw notFound();
  const result = await ctx.em.transactional(async (tx) => {
    const invitation = await tx.findOne(WorkingGroupInvitation, input.id, { lockMode: 4 /* PESSIMISTIC_WRITE */ });
    if (!invitation) throw notFound();
    const organisationId = invitation.organisation.id;
    authorize(ctx.actor, 'workingGroup:respondToInvitation', { organisationId });
    const workingGroupId = invitation.workingGroup.id;
    let member: WorkingGroupMember | null = null;
    if (input.accept) {
      member = tx.create(WorkingGroupMember, {
        workingGroup: invitation.workingGroup,
        organisation: invitation.organisation,
        role: invitation.role,
      });
    }
    tx.remove(invitation);
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: input.accept ? 'workingGroup.invitationAccepted' : 'workingGroup.invitationDeclined',
      actor: ctx.actor,
      subjectType: 'workingGroupInvitation',
      subjectId: invitation.id,
      subjectOrganisationId: organisationId,
      details: { workingGroupId, organisationId, role: invitation.role, memberId: member?.id ?? null },
    });
    return { member, organisationId };
  });
  if (result.member) {
    await ctx.services.bus.publish('membership', {
      organisationId: result.organisationId,
      membershipId: result.member.id,
      kind: 'ADDED',
    });
  }
  return { member: result.member, userErrors: [] };
}

/** The chair's ADMINs change an organisation's standing; the group always keeps a chair. */
export async function setWorkingGroupStanding(
  ctx: SignedIn,
  input: SetWorkingGroupStandingInput,
): Promise<{ member: WorkingGroupMember | null; userErrors: UserError[] }> {
  if (!isId(input.workingGroupId)) throw notFound();
  authorize(ctx.actor, 'workingGroup:manageMembers', { workingGroupId: input.workingGroupId });
  const role = input.role as WorkingGroupRole;
  const result = await ctx.em.transactional(async (tx) => {
    const members = await membersOf(tx, input.workingGroupId);
    const member = members.find((m) => m.organisation.id === input.organisationId);
    if (!member) throw notFound();
    if (member.role === role) return { member, changed: false, userErrors: [] };
    if (member.role === 'CHAIR' && members.filter((m) => m.role === 'CHAIR').length <= 1) {
      return { member: null, changed: false, userErrors: [lastChair(['input', 'role'])] };
    }
    const before = member.role;
    member.role = role;
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'workingGroup.standingChanged',
      actor: ctx.actor,
      subjectType: 'workingGroupMember',
      subjectId: member.id,
      subjectOrganisationId: member.organisation.id,
      details: { workingGroupId: input.workingGroupId, organisationId: member.organisation.id, before, after: role },
    });
    return { member, changed: true, userErrors: [] };
  });
  if (result.changed && result.member) {
    await announceGroupAccessChange(ctx, {
      workingGroupId: input.workingGroupId,
      organisationId: result.member.organisation.id,
      memberId: result.member.id,
      kind: 'ROLE_CHANGED',
    });
  }
  return { member: result.member, userErrors: result.userErrors };
}

/**
 * The chair removes an organisation (or withdraws its pending invitation), or the organisation's
 * own ADMIN takes it out. The group always keeps a chair. What the organisation read through the
 * group stops at its members' next operation; open connections are re-authorized now.
 */
export async function removeFromWorkingGroup(
  ctx: SignedIn,
  input: RemoveFromWorkingGroupInput,
): Promise<{ removedOrganisationId: string | null; userErrors: UserError[] }> {
  if (!isId(input.workingGroupId) || !isId(input.organisationId)) throw notFound();
  const result = await ctx.em.transactional(async (tx) => {
    const members = await membersOf(tx, input.workingGroupId);
    const memberOrganisationIds = members.map((m) => m.organisation.id);
    const facts = { workingGroupId: input.workingGroupId, organisationId: input.organisationId, memberOrganisationIds };
    const member = members.find((m) => m.organisation.id === input.organisationId);
    if (!member) {
      // Not a member: the chair may withdraw a pending invitation; anything else is unknown.
      authorize(ctx.actor, 'workingGroup:manageMembers', { workingGroupId: input.workingGroupId });
      const invitation = await tx.findOne(WorkingGroupInvitation, {
        workingGroup: input.workingGroupId,
        organisation: input.organisationId,
      });
      if (!invitation) throw notFound();
      tx.remove(invitation);
      await tx.flush();
      await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
        action: 'workingGroup.invitationDeclined',
        actor: ctx.actor,
        subjectType: 'workingGroupInvitation',
        subjectId: invitation.id,
        subjectOrganisationId: input.organisationId,
        details: { workingGroupId: input.workingGroupId, organisationId: input.organisationId, withdrawn: true },
      });
      return { member: null, userErrors: [] };
    }
    authorize(ctx.actor, 'workingGroup:removeMember', facts);
    if (member.role === 'CHAIR' && members.filter((m) => m.role === 'CHAIR').length <= 1) {
      return { member: null, userErrors: [lastChair(['input', 'organisationId'])] };
    }
    tx.remove(member);
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'workingGroup.organisationRemoved',
      actor: ctx.actor,
      subjectType: 'workingGroupMember',
      subjectId: member.id,
      subjectOrganisationId: input.organisationId,
      details: { workingGroupId: input.workingGroupId, organisationId: input.organisationId, role: member.role },
    });
    return { member: { id: member.id }, userErrors: [] };
  });
  if (result.userErrors.length) return { removedOrganisationId: null, userErrors: result.userErrors };
  if (result.member) {
    await announceGroupAccessChange(ctx, {
      workingGroupId: input.workingGroupId,
      organisationId: input.organisationId,
      memberId: result.member.id,
      kind: 'REMOVED',
    });
  }
  return { removedOrganisationId: input.organisationId, userErrors: [] };
}

/** A group's pending invitations, for its chair's ADMINs (an empty list for everyone else). */
export function listGroupInvitations(ctx: OperationContext, group: WorkingGroup): Promise<WorkingGroupInvitation[]> {
  if (!can(ctx.actor, 'workingGroup:manageMembers', { workingGroupId: group.id })) return Promise.resolve([]);
  return ctx.em.find(
    WorkingGroupInvitation,
    { workingGroup: group.id },
    { populate: ['workingGroup'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

/** Invitations waiting for an answer from organisations the viewer administers. */
export function listMyGroupInvitations(ctx: OperationContext): Promise<WorkingGroupInvitation[]> {
  const organisationIds = (ctx.actor?.memberships ?? [])
    .filter((m) => can(ctx.actor, 'workingGroup:respondToInvitation', { organisationId: m.organisationId }))
    .map((m) => m.organisationId);
  if (organisationIds.length === 0) return Promise.resolve([]);
  return ctx.em.find(
    WorkingGroupInvitation,
    { organisation: { $in: organisationIds } },
    { populate: ['workingGroup'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

/** Whether the viewer may take this organisation out of its group (facts: the actor's own groups). */
export function viewerCanRemoveMember(ctx: OperationContext, member: WorkingGroupMember): boolean {
  const workingGroupId = member.workingGroup.id;
  return can(ctx.actor, 'workingGroup:removeMember', {
    workingGroupId,
    organisationId: member.organisation.id,
    // The member is in the group by definition; the rule needs no other member's id.
    memberOrganisationIds: [member.organisation.id],
  });
}
