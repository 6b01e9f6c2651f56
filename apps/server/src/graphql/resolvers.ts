import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { publicField } from './guard.ts';
import { identityResolvers } from '../modules/identity/resolvers.ts';
import { organisationResolvers } from '../modules/organisation/resolvers.ts';
import { workingGroupResolvers } from '../modules/working-group/resolvers.ts';
import { recordResolvers } from '../modules/records/resolvers.ts';
import { reprisalResolvers } from '../modules/reprisal/resolvers.ts';
import { auditResolvers } from '../modules/audit/resolvers.ts';
import { recommendationResolvers } from '../modules/recommendation/resolvers.ts';
import { placeResolvers } from '../modules/place/resolvers.ts';
import { visitResolvers } from '../modules/visit/resolvers.ts';
import { findingResolvers } from '../modules/finding/resolvers.ts';
import { workplanResolvers } from '../modules/workplan/resolvers.ts';
import { coEditingResolvers } from '../modules/co-editing/resolvers.ts';

const coreResolvers: Resolvers = {
  DateTime: DateTimeResolver,
  LocalDate: LocalDateResolver,
  JSON: JSONResolver,
  Query: {
    health: publicField(() => 'ok'),
  },
};

/**
 * Every module's resolvers, merged by makeExecutableSchema. One line per field: every decision
 * lives in the command or query a resolver calls.
 */
export const resolvers: Resolvers[] = [
  coreResolvers,
  identityResolvers,
  organisationResolvers,
  workingGroupResolvers,
  recordResolvers,
  reprisalResolvers,
  auditResolvers,
  recommendationResolvers,
  placeResolvers,
  visitResolvers,
  findingResolvers,
  workplanResolvers,
  coEditingResolvers,
];
