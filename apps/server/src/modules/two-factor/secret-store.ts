import type { OperationContext } from '../../operation/context.ts';

/** TOTP secrets are sealed with the platform data key, bound to their owner's row (decision 0026). */
export const totpSecretAad = (userId: string) => `user_two_factor.secret_sealed:${userId}`;

export function sealTotpSecret(ctx: OperationContext, userId: string, secret: string): Promise<string> {
  return ctx.services.keyRing.seal(ctx.em, null, secret, totpSecretAad(userId));
}

export function openTotpSecret(ctx: OperationContext, userId: string, sealed: string): Promise<string> {
  return ctx.services.keyRing.openText(ctx.em, sealed, totpSecretAad(userId));
}
