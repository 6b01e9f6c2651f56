import { Button, NativeSelect, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SsoOrganisationPicker_ProvidersQuery } from '../../__generated__/graphql.ts';
import { postGraphql } from '../../lib/post-graphql.ts';

// A plain string, like the sign-in page's own documents: Apollo stays out of this page (decision 0027).
const SSO_ORGANISATION_PICKER_PROVIDERS = /* GraphQL */ `
  query SsoOrganisationPicker_Providers {
    ssoProviders {
      name
      slug
    }
  }
`;

type Providers = SsoOrganisationPicker_ProvidersQuery['ssoProviders'];

/**
 * The organisations that offer single sign-on, by name (public; no e-mail is asked, so nothing tells
 * which addresses have accounts). Loaded only when someone asks for it, so the sign-in page stays light.
 */
export function SsoOrganisationPicker() {
  const { t } = useTranslation('sso');
  const [providers, setProviders] = useState<Providers | 'error' | null>(null);
  const [slug, setSlug] = useState('');
  useEffect(() => {
    let live = true;
    postGraphql<SsoOrganisationPicker_ProvidersQuery>(SSO_ORGANISATION_PICKER_PROVIDERS).then(
      (data) => {
        if (!live) return;
        setProviders(data.ssoProviders);
        setSlug(data.ssoProviders[0]?.slug ?? '');
      },
      () => live && setProviders('error'),
    );
    return () => {
      live = false;
    };
  }, []);

  if (providers === null) {
    return (
      <Text size="sm" role="status">
        {t('signIn.loading')}
      </Text>
    );
  }
  if (providers === 'error') {
    return (
      <Text size="sm" role="alert">
        {t('signIn.unavailable')}
      </Text>
    );
  }
  if (providers.length === 0) {
    return (
      <Text size="sm" role="status">
        {t('signIn.none')}
      </Text>
    );
  }
  return (
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
  );
}
