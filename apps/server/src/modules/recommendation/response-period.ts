import { z } from 'zod';
import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { CountrySetting } from '../../db/entities/reprisal.ts';
import type { OperationContext } from '../../operation/context.ts';
import { badRequest } from '../../errors.ts';
import type { SetResponsePeriodInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod } from '../user-errors.ts';
import { responseDueDays } from './issue-recommendation.ts';

interface ResponsePeriod {
  countryCode: string;
  days: number;
}

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'A two-letter country code');
const input = z.object({ countryCode, days: z.number().int().min(1).max(365) });

/** Any signed-in person may know how long a country's authorities have to respond. */
export async function getResponsePeriod(ctx: OperationContext, raw: string): Promise<ResponsePeriod> {
  const parsed = countryCode.safeParse(raw);
  if (!parsed.success) throw badRequest('countryCode must be a two-letter country code');
  return { countryCode: parsed.data, days: await responseDueDays(ctx.em, parsed.data) };
}

/** An ADMIN of the country's NPM sets the response period; recommendations issued afterwards use it. */
export async function setResponsePeriod(
  ctx: OperationContext & { actor: Actor },
  raw: SetResponsePeriodInput,
): Promise<{ responsePeriod: ResponsePeriod | null; userErrors: UserError[] }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { responsePeriod: null, userErrors: fromZod(parsed.error) };
  const { countryCode: code, days } = parsed.data;
  authorize(ctx.actor, 'country:configureResponsePeriod', { countryCode: code });
  await ctx.em.transactional(async (tx) => {
    await tx.upsert(CountrySetting, { countryCode: code, responseDueDays: days });
  });
  return { responsePeriod: { countryCode: code, days }, userErrors: [] };
}
