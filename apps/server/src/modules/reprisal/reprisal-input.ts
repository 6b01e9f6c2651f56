import { z } from 'zod';
import { REPRISAL_FORMS, REPRISAL_STATUSES } from '@opcat/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../../db/entities/identity.ts';
import { Membership } from '../../db/entities/identity.ts';
import { isId } from '../ids.ts';

const TEXT_MAX = 10_000;
/** Something@something.tld anywhere in the text: a pseudonym must never carry a way to reach the person. */
const LOOKS_LIKE_EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

const todayUtc = () => new Date().toISOString().slice(0, 10);

const namedUserIds = z.array(z.string().refine(isId, 'Unknown user')).max(50).nullish();
const text = z.string().trim().max(TEXT_MAX);

export const reportReprisalInput = z.object({
  personPseudonym: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .refine((p) => !LOOKS_LIKE_EMAIL.test(p), 'A pseudonym, never an e-mail address'),
  relatedVisitId: z.string().nullish(),
  occurredOn: z.iso.date().refine((d) => d <= todayUtc(), 'The date cannot be in the future'),
  form: z.enum(REPRISAL_FORMS),
  description: text.nullish(),
  actionTaken: text.nullish(),
  namedUserIds,
});

export const updateReprisalInput = z.object({
  id: z.string(),
  status: z.enum(REPRISAL_STATUSES).nullish(),
  description: text.nullish(),
  actionTaken: text.nullish(),
  namedUserIds,
});

/**
 * The users an incident names: the requested ones plus the acting user, all members of the
 * incident's organisation. Null when one of them is unknown or outside it.
 */
export async function namedMembers(
  tx: EntityManager,
  organisationId: string,
  requested: readonly string[],
  actorUserId: string,
): Promise<User[] | null> {
  const ids = [...new Set([actorUserId, ...requested])];
  const memberships = await tx.find(
    Membership,
    { organisation: organisationId, user: { $in: ids } },
    { populate: ['user'] },
  );
  if (memberships.length !== ids.length) return null;
  return memberships.map((m) => m.user);
}
