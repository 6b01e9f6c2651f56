import { authorize, can, workingGroupListScope } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Organisation, WorkingGroup, WorkingGroupMember } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import { listWorkingGroups } from './list-working-groups.ts';
import { isId } from '../ids.ts';

export async function getWorkingGroup(ctx: OperationContext & { actor: Actor }, id: string): Promise<WorkingGroup> {
  if (!isId(id)) throw notFound();
  const group = await ctx.em.findOne(WorkingGroup, id, { populate: ['members'] });
  if (!group) throw notFound();
  const memberOrganisationIds = group.members.getItems().map((m) => m.organisation.id);
  authorize(ctx.actor, 'workingGroup:read', { workingGroupId: id, memberOrganisationIds });
  return group;
}

/**
 * Whether the viewer may read the working group: a list filter naming one the viewer may not read (or
 * none at all) answers like a random id, never with the group's public records.
 */
export async function readsWorkingGroup(ctx: OperationContext, id: string): Promise<boolean> {
  if (!isId(id)) return false;
  const members = await ctx.em.find(WorkingGroupMember, { workingGroup: id });
  return can(ctx.actor, 'workingGroup:read', {
    workingGroupId: id,
    memberOrganisationIds: members.map((m) => m.organisation.id),
  });
}

/** What the viewer may do in the group, and which of their organisations may own a new workplan. */
export async function workingGroupAbilities(ctx: OperationContext, group: WorkingGroup) {
  const owners = (ctx.actor?.memberships ?? [])
    .filter((m) =>
      can(ctx.actor, 'workplan:create', { ownerOrganisationId: m.organisationId, workingGroupId: group.id }),
    )
    .map((m) => m.organisationId);
  const workplanOwners = owners.length
    ? await ctx.em.find(Organisation, { id: { $in: owners } }, { orderBy: { name: 'asc' } })
    : [];
  return {
    createWorkplan: workplanOwners.length > 0,
    workplanOwners,
    manageMembers: can(ctx.actor, 'workingGroup:manageMembers', { workingGroupId: group.id }),
  };
}

export function listMyWorkingGroupsFor(ctx: OperationContext & { actor: Actor }): Promise<WorkingGroup[]> {
  return listWorkingGroups(ctx.em, workingGroupListScope(ctx.actor));
}

export async function listWorkingGroupMembers(
  ctx: OperationContext,
  group: WorkingGroup,
): Promise<WorkingGroupMember[]> {
  const members = await ctx.em.find(
    WorkingGroupMember,
    { workingGroup: group.id },
    { populate: ['organisation'], orderBy: { role: 'asc', organisation: { name: 'asc' } } },
  );
  return members;
}
