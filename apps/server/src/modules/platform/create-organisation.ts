import { z } from 'zod';
import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { Organisation } from '../../db/entities/identity.ts';
import { User } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { CreateOrganisationInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod } from '../user-errors.ts';
import { contactFields, foundOrganisation, organisationFields } from './found-organisation.ts';

const input = z.intersection(
  organisationFields,
  z.object({
    hostOrganisationId: z.string().nullish(),
    adminEmail: contactFields.email,
    adminName: contactFields.name,
    locale: contactFields.locale,
  }),
);

interface Result {
  organisation: Organisation | null;
  invitationSent: boolean;
  userErrors: UserError[];
}

/** A platform administrator creates an organisation and invites its first administrator by e-mail. */
export async function createOrganisation(
  ctx: OperationContext & { actor: Actor },
  raw: CreateOrganisationInput,
): Promise<Result> {
  authorize(ctx.actor, 'platform:administer', {});
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { organisation: null, invitationSent: false, userErrors: fromZod(parsed.error) };
  const data = parsed.data;
  const result = await ctx.em.transactional(async (tx) => {
    const me = await tx.findOneOrFail(User, ctx.actor.userId);
    return foundOrganisation(
      ctx,
      tx,
      {
        name: data.name,
        kind: data.kind,
        countryCode: data.countryCode,
        npmModel: data.npmModel ?? null,
        hostOrganisationId: data.hostOrganisationId ?? null,
        adminEmail: data.adminEmail,
        adminName: data.adminName,
        locale: data.locale ?? me.preferredLocale,
      },
      {},
    );
  });
  if ('userErrors' in result) return { organisation: null, invitationSent: false, userErrors: result.userErrors };
  return { organisation: result.organisation, invitationSent: result.invitationSent, userErrors: [] };
}
