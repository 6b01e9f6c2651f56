import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import * as home from '../../modules/home/what-needs-me.ts';

export const homeResolvers: Resolvers = {
  Query: {
    whatNeedsMe: guarded((_, __, ctx) => home.whatNeedsMe(ctx)),
  },
  Mutation: {
    markHomeVisited: guarded((_, __, ctx) => home.markHomeVisited(ctx)),
  },
  WhatNeedsMe: {
    awaitingAssessment: (w) => home.awaitingAssessment(w.viewer),
    sharedSinceLastVisit: (w) => home.sharedSinceLastVisit(w.viewer, w.lastVisitAt),
  },
};
