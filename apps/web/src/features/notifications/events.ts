/** Every notification event, in the order the preferences page lists them (checked against the schema in events.test.ts). */
export const NOTIFICATION_EVENTS = [
  'RECOMMENDATION_ISSUED',
  'RESPONSE_DUE_14',
  'RESPONSE_DUE_7',
  'RESPONSE_DUE_1',
  'RESPONSE_OVERDUE',
  'STATE_STATUS_REPORTED',
  'MONITOR_STATUS_ASSESSED',
  'ACTION_ASSIGNED',
  'ACTION_DUE_SOON',
  'ACTION_OVERDUE',
  'RECORD_SHARED',
  'RECORD_SHARE_WITHDRAWN',
  'VISIT_TEAM_ADDED',
  'REPRISAL_NAMED',
  'ROLE_CHANGED',
  'WELFARE_CHECK_DUE',
  'MENTIONED',
  'PUBLICATION_AUTHORISED',
] as const;
export type NotificationEventName = (typeof NOTIFICATION_EVENTS)[number];
