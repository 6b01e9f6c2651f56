import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded, publicField } from '../guard.ts';
import { getMe, listMyMemberships, listMyWorkingGroups, myActingOrganisation } from '../../modules/identity/me.ts';
import { setActingOrganisation } from '../../modules/identity/set-acting-organisation.ts';
import { signIn } from '../../modules/identity/sign-in.ts';
import { signOut } from '../../modules/identity/sign-out.ts';
import { setPreferredLocale } from '../../modules/identity/set-preferred-locale.ts';

export const identityResolvers: Resolvers = {
  Query: {
    me: publicField((_, __, ctx) => getMe(ctx)),
  },
  Mutation: {
    signIn: publicField((_, { input }, ctx) => signIn(ctx, input)),
    signOut: publicField((_, __, ctx) => signOut(ctx)),
    setPreferredLocale: guarded((_, { input }, ctx) => setPreferredLocale(ctx, input)),
    setActingOrganisation: guarded((_, { input }, ctx) => setActingOrganisation(ctx, input)),
  },
  Me: {
    memberships: (me, _, ctx) => listMyMemberships(ctx, me),
    workingGroups: (me, _, ctx) => listMyWorkingGroups(ctx, me),
    actingOrganisation: (me, _, ctx) => myActingOrganisation(ctx, me),
  },
};
