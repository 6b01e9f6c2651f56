import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Organisation } from '../../db/entities/identity.ts';
import { MailMessage } from '../../db/entities/mail.ts';
import type { OperationContext } from '../../operation/context.ts';
import { badUserInput } from '../../errors.ts';
import { pageLimit } from '../records/keyset-page.ts';

/**
 * Every organisation's public profile (name, kind, country: the directory every signed-in partner
 * reads), for the platform page. Members, records, mail and logs stay behind their own rules.
 */
export function listPlatformOrganisations(
  ctx: OperationContext & { actor: Actor },
  limit: number | null | undefined,
): Promise<Organisation[]> {
  authorize(ctx.actor, 'platform:administer', {});
  return ctx.em.find(Organisation, {}, { orderBy: { name: 'asc', id: 'asc' }, limit: pageLimit(limit, 100) });
}

/**
 * The mail platform administrators caused (first administrators' invitations), for the embedded
 * mode without SMTP: filtered in SQL by the platform flag, so no organisation's own mail is in it.
 */
export function listPlatformOutbox(
  ctx: OperationContext & { actor: Actor },
  limit: number | null | undefined,
): Promise<MailMessage[]> {
  authorize(ctx.actor, 'platform:administer', {});
  return ctx.em.find(
    MailMessage,
    { platform: true },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: pageLimit(limit) },
  );
}

/** Organisations by name, for a chair choosing whom to invite: the shared directory (`organisation:read`). */
export function searchOrganisationDirectory(
  ctx: OperationContext & { actor: Actor },
  search: string,
  limit: number | null | undefined,
): Promise<Organisation[]> {
  const text = search.trim();
  if (text.length < 2 || text.length > 100) throw badUserInput('search must have 2 to 100 characters.');
  const size = limit ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > 50) throw badUserInput('limit must be between 1 and 50.');
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // The directory is shared knowledge between signed-in partners (rule `organisation:read`).
  return ctx.em.find(Organisation, { name: { $ilike: pattern } }, { orderBy: { name: 'asc', id: 'asc' }, limit: size });
}
