import { z } from 'zod';
import { authorize, isCountryCode, WORKING_GROUP_KINDS } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Organisation, WorkingGroup, WorkingGroupMember } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { CreateWorkingGroupInput, UserError } from '../../__generated__/resolvers-types.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { fromZod } from '../user-errors.ts';
import { isId } from '../ids.ts';
import { notFound } from '../../errors.ts';

const input = z.object({
  organisationId: z.string(),
  name: z.string().trim().min(2).max(300),
  kind: z.enum(WORKING_GROUP_KINDS),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isCountryCode(v), 'Two letters (ISO 3166-1 alpha-2)'),
  region: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((v) => v || null),
});

/** An organisation's ADMIN starts a working group; the organisation holds its chair. */
export async function createWorkingGroup(
  ctx: OperationContext & { actor: Actor },
  raw: CreateWorkingGroupInput,
): Promise<{ workingGroup: WorkingGroup | null; userErrors: UserError[] }> {
  if (!isId(raw.organisationId)) throw notFound();
  authorize(ctx.actor, 'workingGroup:create', { organisationId: raw.organisationId });
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { workingGroup: null, userErrors: fromZod(parsed.error) };
  const data = parsed.data;
  const group = await ctx.em.transactional(async (tx) => {
    const organisation = await tx.findOne(Organisation, data.organisationId);
    if (!organisation) throw notFound();
    const created = tx.create(WorkingGroup, {
      name: data.name,
      kind: data.kind,
      countryCode: data.countryCode,
      region: data.region,
    });
    const chair = tx.create(WorkingGroupMember, { workingGroup: created, organisation, role: 'CHAIR' });
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'workingGroup.created',
      actor: ctx.actor,
      subjectType: 'workingGroup',
      subjectId: created.id,
      subjectOrganisationId: organisation.id,
      details: { name: created.name, kind: created.kind, chairOrganisationId: organisation.id, memberId: chair.id },
    });
    return { created, chair };
  });
  await ctx.services.bus.publish('membership', {
    organisationId: data.organisationId,
    membershipId: group.chair.id,
    kind: 'ADDED',
  });
  return { workingGroup: group.created, userErrors: [] };
}
