import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SsoSignIn_ProvidersQuery } from '../../__generated__/graphql.ts';
import { postGraphql } from '../../lib/post-graphql.ts';

// A plain string, like the sign-in page's own documents: Apollo stays out of this page (decision 0027).
const SSO_SIGN_IN_PROVIDERS = /* GraphQL */ `
  query SsoSignIn_Providers {
    ssoProviders {
      name
      slug
    }
  }
`;

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

type Providers = SsoSignIn_ProvidersQuery['ssoProviders'];

/**
 * "Sign in with your organisation" (decision 0028). On request it lists, by name, the organisations
 * that offer single sign-on (public; no e-mail is asked, so nothing tells which addresses have
 * accounts); each is a link to `/auth/oidc/<slug>/start`, from which the browser comes back signed in,
 * or here with `?sso=<reason>`. Only components the page already has: its download stays light (0027).
 */
export function SsoSignIn() {
  const { t } = useTranslation('sso');
  const [params] = useSearchParams();
  const failure = failureOf(params.get('sso'));
  const [providers, setProviders] = useState<Providers | 'loading' | 'error' | null>(null);

  const reveal = () => {
    setProviders('loading');
    postGraphql<SsoSignIn_ProvidersQuery>(SSO_SIGN_IN_PROVIDERS).then(
      (data) => setProviders(data.ssoProviders),
      () => setProviders('error'),
    );
  };

  const status = (text: string, role: 'status' | 'alert' = 'status') => (
    <Text size="sm" role={role}>
      {text}
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
      {providers === null ? (
        <Button variant="default" fullWidth onClick={reveal}>
          {t('signIn.withOrganisation')}
        </Button>
      ) : providers === 'loading' ? (
        status(t('signIn.loading'))
      ) : providers === 'error' ? (
        status(t('signIn.unavailable'), 'alert')
      ) : providers.length === 0 ? (
        status(t('signIn.none'))
      ) : (
        <Stack gap="xs" component="nav" aria-label={t('signIn.organisation')}>
          <Text size="sm">{t('signIn.organisationHint')}</Text>
          {providers.map((provider) => (
            <Button
              key={provider.slug}
              component="a"
              href={`/auth/oidc/${encodeURIComponent(provider.slug)}/start`}
              variant="light"
              fullWidth
              styles={{ label: { whiteSpace: 'normal' } }}
            >
              {provider.name}
            </Button>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
