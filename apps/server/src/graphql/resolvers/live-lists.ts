import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { subscribeReadableRecordsChanged } from '../../modules/records/readable-records-changed.ts';

export const liveListResolvers: Resolvers = {
  Subscription: {
    readableRecordsChanged: {
      subscribe: guarded((_, { recordTypes }, ctx) => subscribeReadableRecordsChanged(ctx, recordTypes)),
    },
  },
};
