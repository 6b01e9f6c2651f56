import { z } from 'zod';
import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { MailMessage } from '../../db/entities/mail.ts';
import type { OperationContext } from '../../operation/context.ts';
import { badUserInput, notFound } from '../../errors.ts';
import { isId } from '../ids.ts';

const limitSchema = z.number().int().min(1).max(200);

/**
 * The newest mail sent on behalf of an organisation, for its ADMINs only (`mail:readOutbox`): the
 * outbox the embedded mode delivers to, and the delivery state of mail that went out over SMTP
 * (whose bodies are no longer kept). Filtered by the organisation in SQL: no admin reads another
 * organisation's mail.
 */
export async function listOutbox(
  ctx: OperationContext & { actor: Actor },
  organisationId: string,
  limit: number,
): Promise<MailMessage[]> {
  const parsed = limitSchema.safeParse(limit);
  if (!parsed.success) throw badUserInput('limit must be between 1 and 200');
  if (!isId(organisationId)) throw notFound();
  authorize(ctx.actor, 'mail:readOutbox', { organisationId });
  return ctx.em.find(
    MailMessage,
    { organisation: organisationId },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: parsed.data },
  );
}
