import type { EntityManager } from '@mikro-orm/postgresql';
import { Finding, Place, Recommendation } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { findReadable, readableAmong } from '../records/load-readable.ts';
import { isId } from '../ids.ts';
import { userError } from '../user-errors.ts';

export interface LinkIds {
  findingIds?: readonly string[] | null | undefined;
  placeIds?: readonly string[] | null | undefined;
  repeatsId?: string | null | undefined;
}

export interface Links {
  findings?: Finding[];
  places?: Place[];
  repeats?: Recommendation | null;
}

/**
 * Resolves the findings, places and earlier recommendation named in an input. Each must exist and
 * be readable by the actor; otherwise the caller gets NOT_FOUND on that field and writes nothing.
 * Keys left out of the input stay out of the result (unchanged on update).
 */
export async function resolveLinks(
  ctx: OperationContext,
  tx: EntityManager,
  ids: LinkIds,
): Promise<{ links: Links; userErrors: UserError[] }> {
  const scoped = { ...ctx, em: tx };
  const links: Links = {};
  const userErrors: UserError[] = [];
  if (ids.findingIds) {
    const wanted = [...new Set(ids.findingIds)];
    const found = wanted.every(isId) ? await readableAmong(scoped, Finding, wanted) : [];
    if (found.length !== wanted.length) {
      userErrors.push(userError(['input', 'findingIds'], 'NOT_FOUND', 'Unknown finding'));
    }
    links.findings = found;
  }
  if (ids.placeIds) {
    const wanted = [...new Set(ids.placeIds)];
    const found = wanted.every(isId) ? await readableAmong(scoped, Place, wanted) : [];
    if (found.length !== wanted.length) {
      userErrors.push(userError(['input', 'placeIds'], 'NOT_FOUND', 'Unknown place'));
    }
    links.places = found;
  }
  if (ids.repeatsId !== undefined) {
    if (ids.repeatsId === null) links.repeats = null;
    else {
      const earlier = await findReadable(scoped, Recommendation, ids.repeatsId);
      if (!earlier) userErrors.push(userError(['input', 'repeatsId'], 'NOT_FOUND', 'Unknown recommendation'));
      links.repeats = earlier;
    }
  }
  return { links, userErrors };
}
