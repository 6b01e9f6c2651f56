import { describe, expect, it } from 'vitest';
import { groupBy } from './collections.ts';

describe('groupBy', () => {
  it('keeps the items’ order within each group and the keys’ first appearance between groups', () => {
    const groups = groupBy(
      ['b1', 'a1', 'b2', 'c1', 'a2'],
      (s) => s[0],
      (s) => Number(s[1]),
    );
    expect([...groups.entries()]).toEqual([
      ['b', [1, 2]],
      ['a', [1, 2]],
      ['c', [1]],
    ]);
  });

  it('groups by a null key like any other, and gives an empty map for no items', () => {
    expect(groupBy([{ k: null }, { k: 'x' }, { k: null }], (o) => o.k).get(null)).toHaveLength(2);
    expect(groupBy([], () => 1).size).toBe(0);
  });

  it('is linear: 100,000 items in one group', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => i);
    expect(groupBy(items, () => 'all').get('all')).toHaveLength(100_000);
  });
});
