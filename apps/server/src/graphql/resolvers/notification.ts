import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import {
  listNotifications,
  markNotificationsRead,
  unreadNotificationCount,
} from '../../modules/notification/list-notifications.ts';
import { getNotificationPreferences, updateNotificationPreferences } from '../../modules/notification/preferences.ts';
import { subscribeNotificationReceived } from '../../modules/notification/notification-received.ts';
import { subjectView } from '../../modules/notification/notification-fields.ts';

export const notificationResolvers: Resolvers = {
  Query: {
    notifications: guarded((_, args, ctx) => listNotifications(ctx, args)),
    unreadNotificationCount: guarded((_, __, ctx) => unreadNotificationCount(ctx)),
    notificationPreferences: guarded((_, __, ctx) => getNotificationPreferences(ctx)),
  },
  Mutation: {
    markNotificationsRead: guarded((_, { ids }, ctx) => markNotificationsRead(ctx, ids)),
    markAllNotificationsRead: guarded((_, __, ctx) => markNotificationsRead(ctx, null)),
    updateNotificationPreferences: guarded((_, { input }, ctx) => updateNotificationPreferences(ctx, input)),
  },
  Subscription: {
    notificationReceived: {
      subscribe: guarded((_, __, ctx) => subscribeNotificationReceived(ctx)),
    },
  },
  Notification: {
    available: async (n, _, ctx) => (await subjectView(ctx, n)).available,
    subjectType: async (n, _, ctx) => (await subjectView(ctx, n)).subjectType,
    subjectId: async (n, _, ctx) => (await subjectView(ctx, n)).subjectId,
    workplanId: async (n, _, ctx) => (await subjectView(ctx, n)).workplanId,
    subjectTitle: async (n, _, ctx) => (await subjectView(ctx, n)).subjectTitle,
    organisationName: async (n, _, ctx) => (await subjectView(ctx, n)).organisationName,
  },
};
