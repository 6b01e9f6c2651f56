import { Alert, Button, Divider, NativeSelect, Stack, Text } from '@mantine/core';
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

/** Why the server sent the browser back here (http/sso-routes.ts), as the web app explains it. */
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
 * "Sign in with your organisation" (decision 0028): the organisations that offer single sign-on are
 * listed by name (public, and no e-mail is asked, so nothing tells which addresses have accounts);
 * the browser then goes to `/auth/oidc/<slug>/start` and comes back signed in or with `?sso=<reason>`.
 */
export function SsoSignIn() {
  const { t } = useTranslation('sso');
  const [params] = useSearchParams();
  const failure = failureOf(params.get('sso'));
  const [open, setOpen] = useState(false);
  const [providers, setProviders] = useState<Providers | 'error' | null>(null);
  const [slug, setSlug] = useState('');

  const reveal = () => {
    setOpen(true);
    postGraphql<SsoSignIn_ProvidersQuery>(SSO_SIGN_IN_PROVIDERS).then(
      (data) => {
        setProviders(data.ssoProviders);
        setSlug(data.ssoProviders[0]?.slug ?? '');
      },
      () => setProviders('error'),
    );
  };

  return (
    <Stack gap="md">
      {failure && (
        <Alert color="red" role="alert" title={t('failure.title')}>
          {t(`failure.${failure}`)}
        </Alert>
      )}
      <Divider label={t('signIn.or')} labelPosition="center" />
      {!open ? (
        <Button variant="default" fullWidth onClick={reveal}>
          {t('signIn.withOrganisation')}
        </Button>
      ) : providers === null ? (
        <Text size="sm" role="status">
          {t('signIn.loading')}
        </Text>
      ) : providers === 'error' ? (
        <Text size="sm" role="alert">
          {t('signIn.unavailable')}
        </Text>
      ) : providers.length === 0 ? (
        <Text size="sm" role="status">
          {t('signIn.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          <NativeSelect
            label={t('signIn.organisation')}
            description={t('signIn.organisationHint')}
            value={slug}
            onChange={(event) => setSlug(event.currentTarget.value)}
            data={providers.map((provider) => ({ value: provider.slug, label: provider.name }))}
          />
          <Button component="a" href={`/auth/oidc/${encodeURIComponent(slug)}/start`} fullWidth>
            {t('signIn.continue')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
