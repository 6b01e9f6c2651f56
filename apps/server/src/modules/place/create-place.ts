import type { Actor } from '@opcat/domain';
import { Organisation, User } from '../../db/entities/identity.ts';
import { Place } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { CreatePlaceInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import { newRecordOwnership } from '../records/new-record.ts';
import { createPlaceInput } from './place-input.ts';

type Result = { place: Place | null; userErrors: UserError[] };

/** Registers a place of detention. The responsible authority must be a State authority. */
export async function createPlace(ctx: OperationContext & { actor: Actor }, raw: CreatePlaceInput): Promise<Result> {
  const parsed = createPlaceInput.safeParse(raw);
  if (!parsed.success) return { place: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  return ctx.em.transactional(async (tx): Promise<Result> => {
    const ownership = await newRecordOwnership(tx, ctx, { ...input, recordType: 'PLACE' });
    if (Array.isArray(ownership)) return { place: null, userErrors: ownership };
    const authority = await tx.findOne(Organisation, input.responsibleAuthorityId);
    if (!authority || authority.kind !== 'STATE_AUTHORITY') {
      return {
        place: null,
        userErrors: [userError(['input', 'responsibleAuthorityId'], 'NOT_FOUND', 'Choose a State authority')],
      };
    }
    const place = tx.create(Place, {
      ...ownership,
      countryCode: input.countryCode,
      name: input.name,
      type: input.type,
      responsibleAuthority: authority,
      region: input.region ?? null,
      address: input.address ?? null,
      capacity: input.capacity ?? null,
      status: input.status ?? 'OPERATING',
      createdBy: tx.getReference(User, ctx.actor.userId),
    });
    return { place, userErrors: [] };
  });
}
