import { z } from 'zod';
import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { JoinRequest } from '../../db/entities/onboarding.ts';
import type { JoinRequestStatus } from '../../db/entities/onboarding.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { DecideJoinRequestInput, RequestToJoinInput, UserError } from '../../__generated__/resolvers-types.ts';
import { pageLimit } from '../records/keyset-page.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { fromZod, userError } from '../user-errors.ts';
import { isId } from '../ids.ts';
import { notFound } from '../../errors.ts';
import { contactFields, foundOrganisation, organisationFields } from './found-organisation.ts';

const request = z.intersection(
  organisationFields,
  z.object({
    contactName: contactFields.name,
    contactEmail: contactFields.email,
    message: z
      .string()
      .trim()
      .max(2000)
      .nullish()
      .transform((v) => v || null),
    locale: contactFields.locale,
  }),
);

/**
 * Signed out: an organisation asks to join. Throttled per address and overall; the answer is the
 * same whatever is known about the name or e-mail (nothing is looked up), and nothing is mailed
 * until a platform administrator approves (a public form must not send mail to any address typed in).
 */
export async function requestToJoin(
  ctx: OperationContext,
  raw: RequestToJoinInput,
): Promise<{ received: boolean; userErrors: UserError[] }> {
  const ip = ctx.request?.ip ?? 'unknown';
  if (!(await ctx.services.joinRequestLimiter.consume(ip))) {
    return { received: false, userErrors: [userError(['input'], 'RATE_LIMITED', 'Too many requests; try later')] };
  }
  const parsed = request.safeParse(raw);
  if (!parsed.success) return { received: false, userErrors: fromZod(parsed.error) };
  const data = parsed.data;
  await ctx.em.transactional(async (tx) => {
    const row = tx.create(JoinRequest, {
      name: data.name,
      kind: data.kind,
      countryCode: data.countryCode,
      npmModel: data.kind === 'NPM' ? (data.npmModel ?? null) : null,
      contactName: data.contactName,
      contactEmail: data.contactEmail,
      locale: data.locale ?? 'es',
      message: data.message,
    });
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'joinRequest.received',
      actor: null,
      subjectType: 'joinRequest',
      subjectId: row.id,
      details: { ip, kind: row.kind, countryCode: row.countryCode },
    });
  });
  return { received: true, userErrors: [] };
}

/** The queue, oldest first: platform administrators only (contact e-mails are personal data). */
export function listJoinRequests(
  ctx: OperationContext & { actor: Actor },
  status: JoinRequestStatus | null | undefined,
  limit: number | null | undefined,
): Promise<JoinRequest[]> {
  authorize(ctx.actor, 'platform:administer', {});
  return ctx.em.find(
    JoinRequest,
    { status: status ?? 'PENDING' },
    { orderBy: { createdAt: 'asc', id: 'asc' }, limit: pageLimit(limit) },
  );
}

/** Approves (creates the organisation, invites the contact as its first ADMIN) or rejects a request. */
export async function decideJoinRequest(
  ctx: OperationContext & { actor: Actor },
  input: DecideJoinRequestInput,
): Promise<{ joinRequest: JoinRequest | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'platform:administer', {});
  if (!isId(input.id)) throw notFound();
  return ctx.em.transactional(async (tx) => {
    const row = await tx.findOne(JoinRequest, input.id, { lockMode: 4 /* PESSIMISTIC_WRITE */ });
    if (!row) throw notFound();
    if (row.status !== 'PENDING') {
      return { joinRequest: row, userErrors: [userError(['input', 'id'], 'ALREADY_DECIDED', 'Already decided')] };
    }
    row.decidedAt = new Date();
    row.decidedBy = tx.getReference('User', ctx.actor.userId) as never;
    if (input.approve) {
      const founded = await foundOrganisation(
        ctx,
        tx,
        {
          name: row.name,
          kind: row.kind,
          countryCode: row.countryCode,
          npmModel: row.npmModel,
          adminEmail: row.contactEmail,
          adminName: row.contactName,
          locale: row.locale,
        },
        { joinRequestId: row.id },
      );
      if ('userErrors' in founded) return { joinRequest: null, userErrors: founded.userErrors };
      row.status = 'APPROVED';
      row.organisation = founded.organisation;
    } else {
      row.status = 'REJECTED';
    }
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: input.approve ? 'joinRequest.approved' : 'joinRequest.rejected',
      actor: ctx.actor,
      subjectType: 'joinRequest',
      subjectId: row.id,
      subjectOrganisationId: row.organisation?.id ?? null,
      details: { name: row.name, kind: row.kind, organisationId: row.organisation?.id ?? null },
    });
    return { joinRequest: row, userErrors: [] };
  });
}
