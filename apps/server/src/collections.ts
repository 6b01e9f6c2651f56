/**
 * `items` grouped by `keyOf`, each group's values (`valueOf`, the item itself by default) in the
 * items' order; the groups in the order their keys first appear. Linear: the groups grow in place
 * (copying a group on each append, as `set(k, [...(get(k) ?? []), v])` does, is quadratic in its size).
 */
export function groupBy<T, K, V = T>(
  items: Iterable<T>,
  keyOf: (item: T) => K,
  valueOf: (item: T) => V = (item) => item as unknown as V,
): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(valueOf(item));
    else groups.set(key, [valueOf(item)]);
  }
  return groups;
}
