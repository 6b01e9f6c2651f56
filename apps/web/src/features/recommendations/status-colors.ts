import type { Acceptance, ImplementationStatus, Priority } from '../../lib/enums.ts';

/** One colour per acceptance, so a column of badges reads at a glance. */
export const ACCEPTANCE_COLORS: Record<Acceptance, string> = {
  PENDING: 'gray',
  ACCEPTED: 'teal',
  PARTIALLY_ACCEPTED: 'lime',
  NOTED: 'yellow',
  REJECTED: 'red',
};

/** One colour per implementation status; the same in both perspectives so they compare side by side. */
export const IMPLEMENTATION_COLORS: Record<ImplementationStatus, string> = {
  NOT_STARTED: 'gray',
  IN_PROGRESS: 'blue',
  PARTIALLY_IMPLEMENTED: 'cyan',
  IMPLEMENTED: 'green',
  NOT_IMPLEMENTED: 'red',
  NO_LONGER_APPLICABLE: 'dark',
};

export const PRIORITY_COLORS: Record<Priority, string> = {
  LOW: 'gray',
  MEDIUM: 'blue',
  HIGH: 'orange',
  URGENT: 'red',
};

/**
 * Whether the two views of implementation disagree (the State reports more progress than the
 * monitor verified, or the other way round). Unknown on either side is not a disagreement.
 */
export function statusesDiffer(
  stateStatus: ImplementationStatus | null,
  monitorStatus: ImplementationStatus | null,
): boolean {
  return stateStatus !== null && monitorStatus !== null && stateStatus !== monitorStatus;
}
