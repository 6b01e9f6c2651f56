import { describe, expect, it } from 'vitest';
import { collabState, collabUrl, personLabel, presentUsers, userColor } from './collab-helpers.ts';
import { ownChanges } from './own-awareness.ts';

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

describe('own awareness', () => {
  it('keeps only this client among changed awareness states', () => {
    expect(ownChanges({ added: [1, 2], updated: [3], removed: [2] }, 2)).toEqual({
      added: [2],
      updated: [],
      removed: [2],
    });
  });
});
