import { badUserInput } from '../../errors.ts';

/** The most rows one page of a workplan collection may ask for. */
export const MAX_PAGE_SIZE = 100;

/** A collection paged by keyset: the cursor names the collection so one cannot be replayed on another. */
export type CollectionKind = 'priority' | 'action' | 'comment' | 'version';

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** The sort-key values of the last row of a page, as text (timestamps keep their microseconds). */
export type Keyset = [string, string];

export interface PageRequest {
  first: number;
  after: Keyset | null;
}

/** `first` within 1..MAX_PAGE_SIZE (BAD_USER_INPUT otherwise). */
export function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

export function encodeCursor(kind: CollectionKind, keyset: Keyset): string {
  return Buffer.from(JSON.stringify([kind, ...keyset]), 'utf8').toString('base64url');
}

const KEY_SHAPE: Record<CollectionKind, [RegExp, RegExp]> = {
  priority: [/^-?\d{1,9}$/, /^[0-9a-f-]{36}$/],
  action: [/^-?\d{1,9}$/, /^[0-9a-f-]{36}$/],
  comment: [/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/, /^[0-9a-f-]{36}$/],
  version: [/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/, /^\d{1,19}$/],
};

/** The keyset of a cursor this server issued for `kind`; BAD_USER_INPUT for anything else. */
export function decodeCursor(kind: CollectionKind, cursor: string | null | undefined): Keyset | null {
  if (cursor == null) return null;
  const invalid = () => badUserInput('Invalid cursor: pass a pageInfo.endCursor from this collection');
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(decoded) || decoded.length !== 3 || decoded[0] !== kind) throw invalid();
  const [, first, second] = decoded as unknown[];
  const [firstShape, secondShape] = KEY_SHAPE[kind];
  if (typeof first !== 'string' || typeof second !== 'string' || !firstShape.test(first) || !secondShape.test(second)) {
    throw invalid();
  }
  return [first, second];
}

/** Validates a page request up front, so a bad one fails before any statement runs. */
export function pageRequest(
  kind: CollectionKind,
  args: { first?: number | null; after?: string | null },
  fallback: number,
): PageRequest {
  return { first: pageSize(args.first, fallback), after: decodeCursor(kind, args.after) };
}
