/**
 * Moves `item` to `position` among `siblings` (clamped to the list) and renumbers everyone from
 * zero. Returns the items whose position changed.
 */
export function reposition<T extends { id: string; position: number }>(
  siblings: readonly T[],
  item: T,
  position: number | null,
): T[] {
  const others = siblings
    .filter((s) => s.id !== item.id)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
  const index = position === null ? others.length : Math.min(Math.max(position, 0), others.length);
  others.splice(index, 0, item);
  const changed: T[] = [];
  others.forEach((s, i) => {
    if (s.position !== i) {
      s.position = i;
      changed.push(s);
    }
  });
  return changed;
}
