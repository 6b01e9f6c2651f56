/** A notification's subject as the API answers it (null fields: no longer available). */
export interface NotificationSubject {
  available: boolean;
  subjectType: string | null;
  subjectId: string | null;
  workplanId: string | null;
}

/** Where a notification leads, or null when what it was about is no longer available (or has no page). */
export function notificationHref(n: NotificationSubject): string | null {
  if (!n.available || !n.subjectId) return null;
  switch (n.subjectType) {
    case 'RECOMMENDATION':
      return `/recommendations/${n.subjectId}`;
    case 'FINDING':
      return `/findings/${n.subjectId}`;
    case 'VISIT':
      return `/visits/${n.subjectId}`;
    case 'PLACE':
      return `/places/${n.subjectId}`;
    case 'WORKPLAN':
      return `/workplans/${n.subjectId}`;
    case 'WORKPLAN_ACTION':
      return n.workplanId ? `/workplans/${n.workplanId}` : null;
    case 'REPRISAL':
      return `/reprisals/${n.subjectId}`;
    case 'MEMBERSHIP':
      return null;
    default:
      return null;
  }
}
