import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterActions, groupByStatus } from './action-helpers.ts';
import { collabState, collabUrl, personLabel, presentUsers, userColor } from './collab-helpers.ts';
import { changedFields, resolutionInput } from './conflicts.ts';
import { ownChanges } from './own-awareness.ts';

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

describe('collaboration helpers', () => {
  it('reports offline with pending changes before reconnecting', () => {
    expect(collabState('connected', true, true)).toBe('connected');
    expect(collabState('disconnected', true, true)).toBe('offlinePending');
    expect(collabState('connecting', false, true)).toBe('reconnecting');
    expect(collabState('connecting', false, false)).toBe('connecting');
  });
  it('gives each user a stable #rrggbb colour', () => {
    expect(userColor('u1')).toMatch(/^#[0-9a-f]{6}$/);
    expect(userColor('u1')).toBe(userColor('u1'));
  });
  it('lists present users from awareness, skipping states without a user', () => {
    const states = new Map<number, Record<string, unknown>>([
      [2, { user: { name: 'Diego', organisation: 'Voces', color: '#000000' } }],
      [1, { cursor: null }],
      [3, { user: { name: 'Ana', organisation: 'MNP', color: '#111111' } }],
    ]);
    expect(presentUsers(states).map((u) => u.name)).toEqual(['Ana', 'Diego']);
  });
  it('labels a person with their organisation when it is known', () => {
    expect(personLabel({ name: 'Ana', organisation: 'MNP' })).toBe('Ana · MNP');
    expect(personLabel({ name: 'Ana', organisation: '' })).toBe('Ana');
    expect(personLabel({ name: 'Ana' })).toBe('Ana');
  });
  it('builds the collab URL for the page origin', () => {
    expect(collabUrl({ protocol: 'https:', host: 'hub.example' })).toBe('wss://hub.example/collab');
    expect(collabUrl({ protocol: 'http:', host: 'localhost:4107' })).toBe('ws://localhost:4107/collab');
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

describe('own awareness', () => {
  it('keeps only this client among changed awareness states', () => {
    expect(ownChanges({ added: [1, 2], updated: [3], removed: [2] }, 2)).toEqual({
      added: [2],
      updated: [],
      removed: [2],
    });
  });
});
