import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../../graphql/guard.ts';
import { Organisation } from '../../db/entities/identity.ts';
import { loadReference } from '../load-reference.ts';
import { getWorkingGroup, listMyWorkingGroupsFor, listWorkingGroupMembers } from './get-working-group.ts';

export const workingGroupResolvers: Resolvers = {
  Query: {
    workingGroups: guarded((_, __, ctx) => listMyWorkingGroupsFor(ctx)),
    workingGroup: guarded((_, { id }, ctx) => getWorkingGroup(ctx, id)),
  },
  WorkingGroup: {
    members: (group, _, ctx) => listWorkingGroupMembers(ctx, group),
  },
  WorkingGroupMember: {
    organisation: (member, _, ctx) => loadReference(ctx, Organisation, member.organisation),
  },
};
