import { VISIT_STATUSES, type VisitStatus } from '../../lib/enums.ts';

/** The status one step further along the lifecycle; null once the visit is closed. */
export function nextVisitStatus(status: VisitStatus): VisitStatus | null {
  return VISIT_STATUSES[VISIT_STATUSES.indexOf(status) + 1] ?? null;
}

/** The status one step back (to correct a mistake); null for a planned visit. */
export function previousVisitStatus(status: VisitStatus): VisitStatus | null {
  const index = VISIT_STATUSES.indexOf(status);
  return index > 0 ? (VISIT_STATUSES[index - 1] ?? null) : null;
}

/** Position in the lifecycle, for the stepper (a closed visit has completed every step). */
export function visitStep(status: VisitStatus): number {
  return status === 'CLOSED' ? VISIT_STATUSES.length : VISIT_STATUSES.indexOf(status);
}

export const VISIT_STATUS_COLORS: Record<VisitStatus, string> = {
  PLANNED: 'gray',
  ON_SITE: 'orange',
  REPORTING: 'blue',
  REPORT_SENT: 'indigo',
  FOLLOW_UP: 'violet',
  CLOSED: 'green',
};
