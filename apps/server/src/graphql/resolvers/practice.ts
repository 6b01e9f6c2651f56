import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { Organisation, WorkingGroup } from '../../db/entities/identity.ts';
import { loadReference } from '../../modules/load-reference.ts';
import {
  listNetworkPractices,
  practiceNetworks,
  publishPracticeToNetwork,
} from '../../modules/practice/network-practices.ts';

export const practiceResolvers: Resolvers = {
  Query: {
    networkPractices: guarded((_, { filter }, ctx) => listNetworkPractices(ctx, filter)),
  },
  Mutation: {
    publishPracticeToNetwork: guarded((_, { input }, ctx) => publishPracticeToNetwork(ctx, input)),
  },
  NetworkPractice: {
    network: (p, _, ctx) => loadReference(ctx, WorkingGroup, p.workingGroup as WorkingGroup),
    publishedBy: (p, _, ctx) => loadReference(ctx, Organisation, p.ownerOrganisation),
    publishedAt: (p) => p.createdAt,
  },
  Finding: {
    practiceNetworks: (f, _, ctx) => practiceNetworks(ctx, f),
  },
};
