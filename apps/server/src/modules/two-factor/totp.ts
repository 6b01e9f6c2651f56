import { createHmac, randomInt } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** The issuer name authenticator apps show beside the account. */
export const TOTP_ISSUER = 'OPCAT Hub';
/** Codes one step either side of now are accepted (clock drift of phones in the field). */
const TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

/** A new 160-bit base32 secret (RFC 4226's recommended length). */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** The QR code of an otpauth URI as an SVG data URL, drawn here: the secret never leaves the server otherwise. */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/**
 * The time step of `code` when it is valid now and later than `afterStep` (a code is accepted once:
 * the caller records the step), else null.
 */
export async function verifyTotp(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid && 'timeStep' in result && typeof result.timeStep === 'number' ? result.timeStep : null;
}

/** The current code of a secret (tests, and the demo documentation's example). */
export function currentTotp(secret: string, epochSeconds?: number): Promise<string> {
  return generate({ secret, ...(epochSeconds !== undefined ? { epoch: epochSeconds } : {}) });
}

// Crockford's base32 without look-alikes (no i, l, o, u): 50 bits per ten-character code.
const RECOVERY_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Ten fresh codes, shown once, as `xxxxx-xxxxx`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    let code = '';
    for (let i = 0; i < 10; i++) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** What a person typed, as it is hashed: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(typed: string): string | null {
  const code = typed.toLowerCase().replace(/[\s-]/g, '');
  return /^[0-9a-hjkmnp-tv-z]{10}$/.test(code) ? code : null;
}

/** Only this keyed hash is stored: a database copy alone cannot be turned back into codes. */
export function hashRecoveryCode(secret: string, userId: string, normalised: string): string {
  return createHmac('sha256', secret).update(`recovery-code\0${userId}\0${normalised}`).digest('hex');
}
