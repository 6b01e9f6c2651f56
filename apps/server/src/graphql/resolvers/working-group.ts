import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { Organisation } from '../../db/entities/identity.ts';
import { loadReference } from '../../modules/load-reference.ts';
import {
  getWorkingGroup,
  listMyWorkingGroupsFor,
  listWorkingGroupMembers,
  workingGroupAbilities,
} from '../../modules/working-group/get-working-group.ts';

export const workingGroupResolvers: Resolvers = {
  Query: {
    workingGroups: guarded((_, __, ctx) => listMyWorkingGroupsFor(ctx)),
    workingGroup: guarded((_, { id }, ctx) => getWorkingGroup(ctx, id)),
  },
  WorkingGroup: {
    members: (group, _, ctx) => listWorkingGroupMembers(ctx, group),
    viewerCan: (group, _, ctx) => workingGroupAbilities(ctx, group),
  },
  WorkingGroupMember: {
    organisation: (member, _, ctx) => loadReference(ctx, Organisation, member.organisation),
  },
};
