import type { FollowUpKind, StatusEntryKind } from '../../lib/enums.ts';

interface Person {
  readonly displayName: string;
}

export interface ResponseLike {
  readonly id: string;
  readonly respondedOn: string;
  readonly acceptance: string;
  readonly text: string;
  readonly proposedTimeline: string;
  readonly authorOrganisation: { readonly name: string };
  readonly recordedBy: Person;
}

export interface FollowUpLike {
  readonly id: string;
  readonly kind: FollowUpKind;
  readonly happenedOn: string;
  readonly outcome: string;
  readonly recordedBy: Person;
}

export interface StatusEntryLike {
  readonly id: string;
  readonly kind: StatusEntryKind;
  readonly value: string;
  readonly effectiveOn: string;
  readonly note: string;
  readonly recordedAt: string;
  readonly recordedBy: Person;
}

export type TimelineItem<R extends ResponseLike, F extends FollowUpLike, S extends StatusEntryLike> =
  | { readonly type: 'issued'; readonly key: string; readonly date: string }
  | { readonly type: 'response'; readonly key: string; readonly date: string; readonly response: R }
  | { readonly type: 'followUp'; readonly key: string; readonly date: string; readonly followUp: F }
  | { readonly type: 'status'; readonly key: string; readonly date: string; readonly entry: S };

/** Same-day events in the order the dialogue happens: issue, the authority's word, then what followed. */
const SAME_DAY_ORDER = { issued: 0, response: 1, status: 2, followUp: 3 } as const;

/**
 * One dated story of a recommendation, oldest first: when it was issued, the authority's responses,
 * follow-up activities and every status entry. An acceptance entry that only repeats a response
 * (same day, same acceptance) is left out, as is the PENDING entry written on issue: the response
 * and the "issued" item already tell them.
 */
export function buildTimeline<R extends ResponseLike, F extends FollowUpLike, S extends StatusEntryLike>(input: {
  issuedOn: string;
  responses: readonly R[];
  followUps: readonly F[];
  history: readonly S[];
}): TimelineItem<R, F, S>[] {
  const { issuedOn, responses, followUps, history } = input;
  const repeatsResponse = (entry: S) =>
    entry.kind === 'ACCEPTANCE' &&
    ((entry.value === 'PENDING' && entry.effectiveOn === issuedOn) ||
      responses.some((r) => r.respondedOn === entry.effectiveOn && r.acceptance === entry.value));

  const items: TimelineItem<R, F, S>[] = [
    { type: 'issued', key: 'issued', date: issuedOn },
    ...responses.map((response) => ({
      type: 'response' as const,
      key: `response-${response.id}`,
      date: response.respondedOn,
      response,
    })),
    ...followUps.map((followUp) => ({
      type: 'followUp' as const,
      key: `follow-up-${followUp.id}`,
      date: followUp.happenedOn,
      followUp,
    })),
    ...history
      .filter((entry) => !repeatsResponse(entry))
      .map((entry) => ({ type: 'status' as const, key: `status-${entry.id}`, date: entry.effectiveOn, entry })),
  ];
  // Array.prototype.sort is stable: same-day items of one type keep the API's order (oldest first).
  return items.sort((a, b) => a.date.localeCompare(b.date) || SAME_DAY_ORDER[a.type] - SAME_DAY_ORDER[b.type]);
}

/** The dated entries of one perspective (acceptance, State-reported or monitor-assessed), newest first. */
export function historyOf<S extends StatusEntryLike>(history: readonly S[], kind: StatusEntryKind): S[] {
  return history
    .filter((entry) => entry.kind === kind)
    .sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn) || b.recordedAt.localeCompare(a.recordedAt));
}
