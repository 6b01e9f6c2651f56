import { z } from 'zod';
import { LOCALES } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { User } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { SetPreferredLocaleInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod } from '../user-errors.ts';

const input = z.object({ locale: z.enum(LOCALES) });

/** A person changes their own interface language; nobody else's. */
export async function setPreferredLocale(
  ctx: OperationContext & { actor: Actor },
  raw: SetPreferredLocaleInput,
): Promise<{ user: User | null; userErrors: UserError[] }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { user: null, userErrors: fromZod(parsed.error) };
  const user = await ctx.em.findOneOrFail(User, ctx.actor.userId);
  user.preferredLocale = parsed.data.locale;
  await ctx.em.flush();
  return { user, userErrors: [] };
}
