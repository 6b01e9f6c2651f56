import type { TFunction } from 'i18next';

const KNOWN = ['INVALID_CODE', 'RATE_LIMITED', 'ALREADY_ENROLLED', 'NOT_ENROLLED'] as const;
type Known = (typeof KNOWN)[number];

/** The message for a two-factor payload's user error, in the security namespace. */
export function securityErrorMessage(t: TFunction<'security'>, code: string | undefined): string {
  const known = KNOWN.find((candidate) => candidate === code) as Known | undefined;
  return known ? t(`errors.${known}`) : t('errors.unknown');
}
