import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { shareableFields } from './records.ts';
import { getWorkplan, listWorkplans } from '../../modules/workplan/list-workplans.ts';
import { listWorkplanActions } from '../../modules/workplan/list-actions.ts';
import { createWorkplan } from '../../modules/workplan/create-workplan.ts';
import { updateWorkplan } from '../../modules/workplan/update-workplan.ts';
import { addPriority } from '../../modules/workplan/add-priority.ts';
import { updatePriority } from '../../modules/workplan/update-priority.ts';
import { addAction } from '../../modules/workplan/add-action.ts';
import { updateAction } from '../../modules/workplan/update-action.ts';
import { removeAction } from '../../modules/workplan/remove-action.ts';
import { commentOnWorkplan } from '../../modules/workplan/comment-on-workplan.ts';
import { resolveDiscussionComment } from '../../modules/workplan/resolve-discussion-comment.ts';
import { saveNarrativeVersion } from '../../modules/workplan/save-narrative-version.ts';
import { restoreNarrativeVersion } from '../../modules/workplan/restore-narrative-version.ts';
import { subscribeWorkplanChanged } from '../../modules/workplan/workplan-changed.ts';
import { coEditedText, renderVersionHtml } from '../../modules/co-editing/live-document.ts';
import * as fields from '../../modules/workplan/workplan-fields.ts';

export const workplanResolvers: Resolvers = {
  Query: {
    workplans: guarded((_, { workingGroupId }, ctx) => listWorkplans(ctx, workingGroupId)),
    workplan: guarded((_, { id }, ctx) => getWorkplan(ctx, id)),
    workplanActions: guarded((_, args, ctx) => listWorkplanActions(ctx, args)),
  },
  Mutation: {
    createWorkplan: guarded((_, { input }, ctx) => createWorkplan(ctx, input)),
    updateWorkplan: guarded((_, { input }, ctx) => updateWorkplan(ctx, input)),
    addPriority: guarded((_, { input }, ctx) => addPriority(ctx, input)),
    updatePriority: guarded((_, { input }, ctx) => updatePriority(ctx, input)),
    addAction: guarded((_, { input }, ctx) => addAction(ctx, input)),
    updateAction: guarded((_, { input }, ctx) => updateAction(ctx, input)),
    removeAction: guarded((_, { id }, ctx) => removeAction(ctx, id)),
    commentOnWorkplan: guarded((_, { input }, ctx) => commentOnWorkplan(ctx, input)),
    resolveDiscussionComment: guarded((_, { id }, ctx) => resolveDiscussionComment(ctx, id)),
    saveNarrativeVersion: guarded((_, { input }, ctx) => saveNarrativeVersion(ctx, input)),
    restoreNarrativeVersion: guarded((_, { input }, ctx) => restoreNarrativeVersion(ctx, input)),
  },
  Subscription: {
    workplanChanged: {
      subscribe: guarded((_, { workplanId }, ctx) => subscribeWorkplanChanged(ctx, workplanId)),
    },
  },
  Workplan: {
    ...shareableFields,
    narrative: (plan) => coEditedText('workplan', plan),
    viewerCanEdit: (plan, _, ctx) => fields.viewerCanEdit(ctx, plan),
    priorities: (plan, args, ctx) => fields.priorities(ctx, plan, args),
    discussion: (plan, args, ctx) => fields.discussion(ctx, plan, args),
    versions: (plan, args, ctx) => fields.versions(ctx, plan, args),
    narrativeVersion: (plan, { id }, ctx) => fields.narrativeVersion(ctx, plan, id),
  },
  WorkplanPriority: {
    actions: (priority, args, ctx) => fields.priorityActions(ctx, priority, args),
  },
  WorkplanAction: {
    workplanId: (action, _, ctx) => fields.actionWorkplanId(ctx, action),
    priorityId: (action) => action.priority.id,
    responsibleOrganisation: (action, _, ctx) => fields.organisationById(ctx, action.responsibleOrganisation.id),
    contributingOrganisations: (action, _, ctx) => fields.organisationsByIds(ctx, action.contributingOrganisationIds),
    linkedRecommendations: (action, _, ctx) => fields.linkedRecommendations(ctx, action),
    overdue: (action) => fields.isOverdue(action),
    viewerCanUpdate: (action, _, ctx) => fields.viewerCanUpdate(ctx, action),
  },
  DiscussionComment: {
    actionId: (comment) => comment.action?.id ?? null,
    anchor: (comment) => comment.anchor,
    mentions: (comment, _, ctx) => fields.mentions(ctx, comment),
    author: (comment, _, ctx) => fields.userById(ctx, comment.author.id),
    resolved: (comment) => comment.resolvedAt !== null,
  },
  NarrativeVersion: {
    // bigserial: a string when read, but a bigint right after the insert.
    id: (version) => String(version.id),
    createdBy: (version, _, ctx) => fields.userById(ctx, version.createdById),
    html: (version) => renderVersionHtml(version),
  },
};
