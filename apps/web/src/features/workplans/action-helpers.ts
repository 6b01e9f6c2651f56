export const ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_COLORS: Record<ActionStatus, string> = {
  NOT_STARTED: 'gray',
  IN_PROGRESS: 'blue',
  DONE: 'teal',
  BLOCKED: 'red',
  CANCELLED: 'dark',
};

export function isActionStatus(value: string | null | undefined): value is ActionStatus {
  return ACTION_STATUSES.some((status) => status === value);
}

export interface ActionFilter {
  organisationId: string | null;
  status: ActionStatus | null;
  /** Only actions due on or before this LocalDate. */
  dueBefore: string | null;
  overdueOnly: boolean;
}

export const EMPTY_FILTER: ActionFilter = { organisationId: null, status: null, dueBefore: null, overdueOnly: false };

interface FilterableAction {
  responsibleOrganisation: { id: string };
  status: string;
  dueDate: string | null;
  overdue: boolean;
}

/** Applies the table filters; LocalDates compare correctly as strings. */
export function filterActions<A extends FilterableAction>(actions: readonly A[], filter: ActionFilter): A[] {
  return actions.filter(
    (action) =>
      (!filter.organisationId || action.responsibleOrganisation.id === filter.organisationId) &&
      (!filter.status || action.status === filter.status) &&
      (!filter.dueBefore || (action.dueDate !== null && action.dueDate <= filter.dueBefore)) &&
      (!filter.overdueOnly || action.overdue),
  );
}

/** Groups actions by status, every status present (in board order) even when empty. */
export function groupByStatus<A extends { status: string }>(actions: readonly A[]): Record<ActionStatus, A[]> {
  const groups = Object.fromEntries(ACTION_STATUSES.map((status) => [status, [] as A[]])) as Record<ActionStatus, A[]>;
  for (const action of actions) if (isActionStatus(action.status)) groups[action.status].push(action);
  return groups;
}

/** The action fields a person edits on screen (and that can come back as conflicts). */
export const ACTION_FIELDS = [
  'title',
  'responsibleOrganisationId',
  'startDate',
  'dueDate',
  'status',
  'indicator',
  'target',
  'jointCommitment',
  'priorityId',
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export function isActionField(value: string): value is ActionField {
  return ACTION_FIELDS.some((field) => field === value);
}
