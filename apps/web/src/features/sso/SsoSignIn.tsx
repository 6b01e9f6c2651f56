import { Alert, Button, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

// Its own chunk, fetched on click: the sign-in page's first download stays within its budget (decision 0027).
const SsoOrganisationPicker = lazy(() =>
  import('./SsoOrganisationPicker.tsx').then((m) => ({ default: m.SsoOrganisationPicker })),
);

/** Why the server sent the browser back here (apps/server http/sso-routes.ts), as the web app explains it. */
const FAILURES = [
  'DOMAIN_NOT_ALLOWED',
  'EMAIL_NOT_VERIFIED',
  'ACCOUNT_IN_ANOTHER_ORGANISATION',
  'INVALID_STATE',
  'PROVIDER_ERROR',
  'UNAVAILABLE',
  'RATE_LIMITED',
] as const;
type Failure = (typeof FAILURES)[number] | 'UNKNOWN';

function failureOf(code: string | null): Failure | null {
  if (!code) return null;
  return FAILURES.find((known) => known === code) ?? 'UNKNOWN';
}

/**
 * "Sign in with your organisation" (decision 0028): the browser goes to `/auth/oidc/<slug>/start` and
 * comes back signed in, or here with `?sso=<reason>`.
 */
export function SsoSignIn() {
  const { t } = useTranslation('sso');
  const [params] = useSearchParams();
  const failure = failureOf(params.get('sso'));
  const [open, setOpen] = useState(false);
  const loading = (
    <Text size="sm" role="status">
      {t('signIn.loading')}
    </Text>
  );
  return (
    <Stack gap="md">
      {failure && (
        <Alert color="red" role="alert" title={t('failure.title')}>
          {t(`failure.${failure}`)}
        </Alert>
      )}
      <Text size="sm" ta="center" c="dimmed" aria-hidden>
        {t('signIn.or')}
      </Text>
      {open ? (
        <Suspense fallback={loading}>
          <SsoOrganisationPicker />
        </Suspense>
      ) : (
        <Button variant="default" fullWidth onClick={() => setOpen(true)}>
          {t('signIn.withOrganisation')}
        </Button>
      )}
    </Stack>
  );
}
