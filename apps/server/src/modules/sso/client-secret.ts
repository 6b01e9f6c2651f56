import type { EntityManager } from '@mikro-orm/postgresql';
import type { SsoConnection } from '../../db/entities/sso.ts';
import type { OperationContext } from '../../operation/context.ts';

/**
 * The client secret is sealed with the organisation's data key (decision 0026) and bound to its
 * row: a dump or a backup alone does not let anyone act as the organisation's client.
 */
export const clientSecretAad = (connectionId: string) => `sso_connection.client_secret_sealed:${connectionId}`;

export function sealClientSecret(
  ctx: OperationContext,
  em: EntityManager,
  connection: SsoConnection,
  secret: string,
): Promise<string> {
  return ctx.services.keyRing.seal(em, connection.organisation.id, secret, clientSecretAad(connection.id));
}

export function openClientSecret(ctx: OperationContext, connection: SsoConnection): Promise<string> {
  return ctx.services.keyRing.openText(ctx.em, connection.clientSecretSealed, clientSecretAad(connection.id));
}
