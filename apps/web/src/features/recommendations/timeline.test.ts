import { describe, expect, it } from 'vitest';
import { buildTimeline, historyOf, type FollowUpLike, type ResponseLike, type StatusEntryLike } from './timeline.ts';

const person = { displayName: 'Ana' };

const response = (id: string, respondedOn: string, acceptance: string): ResponseLike => ({
  id,
  respondedOn,
  acceptance,
  text: 'Respuesta',
  proposedTimeline: '',
  authorOrganisation: { name: 'Ministerio' },
  recordedBy: person,
});

const followUp = (id: string, happenedOn: string): FollowUpLike => ({
  id,
  kind: 'MEETING',
  happenedOn,
  outcome: '',
  recordedBy: person,
});

const entry = (
  id: string,
  kind: StatusEntryLike['kind'],
  value: string,
  effectiveOn: string,
  recordedAt = `${effectiveOn}T12:00:00Z`,
): StatusEntryLike => ({ id, kind, value, effectiveOn, note: '', recordedAt, recordedBy: person });

describe('buildTimeline', () => {
  it('merges responses, follow-ups and status entries by date, oldest first', () => {
    const items = buildTimeline({
      issuedOn: '2026-01-10',
      responses: [response('r1', '2026-03-01', 'ACCEPTED')],
      followUps: [followUp('f1', '2026-02-15')],
      history: [
        entry('h0', 'ACCEPTANCE', 'PENDING', '2026-01-10'),
        entry('h1', 'ACCEPTANCE', 'ACCEPTED', '2026-03-01'),
        entry('h2', 'MONITOR_ASSESSED', 'IN_PROGRESS', '2026-04-02'),
        entry('h3', 'STATE_REPORTED', 'IMPLEMENTED', '2026-03-20'),
      ],
    });
    expect(items.map((item) => item.key)).toEqual(['issued', 'follow-up-f1', 'response-r1', 'status-h3', 'status-h2']);
  });

  it('keeps an acceptance change that no response explains', () => {
    const items = buildTimeline({
      issuedOn: '2026-01-10',
      responses: [response('r1', '2026-03-01', 'ACCEPTED')],
      followUps: [],
      history: [entry('h1', 'ACCEPTANCE', 'REJECTED', '2026-03-01')],
    });
    expect(items.map((item) => item.key)).toEqual(['issued', 'response-r1', 'status-h1']);
  });

  it('orders same-day events as the dialogue happens', () => {
    const items = buildTimeline({
      issuedOn: '2026-05-05',
      responses: [response('r1', '2026-05-05', 'NOTED')],
      followUps: [followUp('f1', '2026-05-05')],
      history: [entry('h1', 'STATE_REPORTED', 'NOT_STARTED', '2026-05-05')],
    });
    expect(items.map((item) => item.type)).toEqual(['issued', 'response', 'status', 'followUp']);
  });
});

describe('historyOf', () => {
  it('lists one perspective newest first, later records first on the same day', () => {
    const history = [
      entry('a', 'STATE_REPORTED', 'NOT_STARTED', '2026-01-01'),
      entry('b', 'MONITOR_ASSESSED', 'IN_PROGRESS', '2026-02-01'),
      entry('c', 'STATE_REPORTED', 'IN_PROGRESS', '2026-03-01', '2026-03-01T09:00:00Z'),
      entry('d', 'STATE_REPORTED', 'IMPLEMENTED', '2026-03-01', '2026-03-01T10:00:00Z'),
    ];
    expect(historyOf(history, 'STATE_REPORTED').map((e) => e.id)).toEqual(['d', 'c', 'a']);
    expect(historyOf(history, 'MONITOR_ASSESSED').map((e) => e.id)).toEqual(['b']);
  });
});
