import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterActions, groupByStatus } from './action-helpers.ts';
import { changedFields, resolutionInput } from './conflicts.ts';

const action = (id: string, org: string, status: string, dueDate: string | null, overdue = false) => ({
  id,
  responsibleOrganisation: { id: org },
  status,
  dueDate,
  overdue,
});

describe('action filters', () => {
  const actions = [action('a', 'o1', 'DONE', '2026-01-10'), action('b', 'o2', 'BLOCKED', null, true)];
  it('keeps everything with the empty filter', () => expect(filterActions(actions, EMPTY_FILTER)).toHaveLength(2));
  it('filters by organisation, status, due date and overdue', () => {
    expect(filterActions(actions, { ...EMPTY_FILTER, organisationId: 'o2' }).map((a) => a.id)).toEqual(['b']);
    expect(filterActions(actions, { ...EMPTY_FILTER, status: 'DONE' }).map((a) => a.id)).toEqual(['a']);
    expect(filterActions(actions, { ...EMPTY_FILTER, dueBefore: '2026-02-01' }).map((a) => a.id)).toEqual(['a']);
    expect(filterActions(actions, { ...EMPTY_FILTER, overdueOnly: true }).map((a) => a.id)).toEqual(['b']);
  });
  it('groups by status with empty columns present', () => {
    const groups = groupByStatus(actions);
    expect(groups.DONE).toHaveLength(1);
    expect(groups.IN_PROGRESS).toEqual([]);
  });
});

describe('field-level merge', () => {
  it('sends only changed fields with their previous values as base', () => {
    expect(changedFields({ title: 'a', status: 'DONE' }, { title: 'b', status: 'DONE' })).toEqual({
      changes: { title: 'b' },
      base: { title: 'a' },
    });
  });
  it('resends the fields where the person keeps their value, based on theirs', () => {
    const conflicts = [
      { field: 'title', base: 'a', yours: 'b', theirs: 'c' },
      { field: 'status', base: 'DONE', yours: 'BLOCKED', theirs: 'IN_PROGRESS' },
    ];
    expect(resolutionInput(conflicts, { title: 'yours' })).toEqual({ changes: { title: 'b' }, base: { title: 'c' } });
  });
});
