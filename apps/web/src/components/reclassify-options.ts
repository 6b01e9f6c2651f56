import { CLASSIFICATIONS, type Classification } from '../lib/enums.ts';

/**
 * What the reclassify control offers: the record's classification and those the server says the
 * viewer may change it to (`viewerCan.reclassifyTo`, decided by the policy), in the usual order. An
 * EDITOR is never offered a widening the server would refuse.
 */
export function reclassifyOptions(current: string, allowed: readonly string[]): Classification[] {
  return CLASSIFICATIONS.filter((c) => c === current || allowed.includes(c));
}
