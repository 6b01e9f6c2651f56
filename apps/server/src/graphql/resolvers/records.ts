import type { Resolvers, ShareableRecordResolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { Organisation, User, WorkingGroup } from '../../db/entities/identity.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { GraphQLContext } from '../context.ts';
import { loadReference } from '../../modules/load-reference.ts';
import { organisationsThatCanRead, recordAbilities, sharedWithOrganisations } from '../../modules/records/abilities.ts';
import { publicationOf } from '../../modules/records/publication.ts';
import { addComment, listComments } from '../../modules/records/comments.ts';
import { shareRecord } from '../../modules/records/share-record.ts';
import { reclassifyRecord } from '../../modules/records/reclassify-record.ts';
import { authorisePublication } from '../../modules/records/authorise-publication.ts';
import { recordTypeOf } from '../../modules/records/registry.ts';

type R = ShareableRecord<string>;

/** Field resolvers every shareable record type shares; spread into Place, Visit, Finding, Recommendation. */
export const shareableFields = {
  ownerOrganisation: (record: R, _: unknown, ctx: GraphQLContext) =>
    loadReference(ctx, Organisation, record.ownerOrganisation),
  workingGroup: (record: R, _: unknown, ctx: GraphQLContext) =>
    record.workingGroup ? loadReference(ctx, WorkingGroup, record.workingGroup) : null,
  sharedWith: (record: R, _: unknown, ctx: GraphQLContext) => sharedWithOrganisations(ctx, record),
  readableBy: (record: R, _: unknown, ctx: GraphQLContext) => organisationsThatCanRead(ctx, record),
  viewerCan: (record: R, _: unknown, ctx: GraphQLContext) => recordAbilities(ctx, record),
  publication: (record: R) => publicationOf(record),
  comments: (record: R, _: unknown, ctx: GraphQLContext) => listComments(ctx, record),
};

const typeNames = {
  PLACE: 'Place',
  VISIT: 'Visit',
  FINDING: 'Finding',
  RECOMMENDATION: 'Recommendation',
  WORKPLAN: 'Workplan',
} as const;

export const recordResolvers: Resolvers = {
  ShareableRecord: {
    __resolveType: (record) => typeNames[recordTypeOf(record)],
  } as ShareableRecordResolvers,
  Mutation: {
    shareRecord: guarded((_, { input }, ctx) => shareRecord(ctx, input)),
    reclassifyRecord: guarded((_, { input }, ctx) => reclassifyRecord(ctx, input)),
    authorisePublication: guarded((_, { input }, ctx) => authorisePublication(ctx, input)),
    addComment: guarded((_, { input }, ctx) => addComment(ctx, input)),
  },
  Publication: {
    publishedBy: (publication, _, ctx) => loadReference(ctx, User, publication.publishedBy),
  },
  Comment: {
    author: (comment, _, ctx) => loadReference(ctx, User, comment.author),
    authorOrganisation: (comment, _, ctx) => loadReference(ctx, Organisation, comment.authorOrganisation),
  },
};
