import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded, publicField } from '../guard.ts';
import {
  configureSso,
  organisationSsoConnection,
  ssoProviders,
  viewerCanConfigureSso,
} from '../../modules/sso/configure-sso.ts';

export const ssoResolvers: Resolvers = {
  Query: {
    // Public on purpose: the sign-in page lists the organisations that offer single sign-on (names only).
    ssoProviders: publicField((_, __, ctx) => ssoProviders(ctx)),
  },
  Mutation: {
    configureSso: guarded((_, { input }, ctx) => configureSso(ctx, input)),
  },
  Organisation: {
    ssoConnection: (organisation, _, ctx) => organisationSsoConnection(ctx, organisation),
    viewerCanConfigureSso: (organisation, _, ctx) => viewerCanConfigureSso(ctx, organisation),
  },
};
