import { useMutation, useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Code,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { SsoSettingsPage_ConnectionFragment } from '../../__generated__/graphql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useAppForm } from '../../components/form/use-app-form.tsx';
import { required } from '../../components/form/validation.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { useShell } from '../shell/ShellContext.tsx';

graphql(`
  fragment SsoSettingsPage_Connection on SsoConnection {
    id
    slug
    issuer
    clientId
    clientSecretSet
    allowedDomains
    jitRole
    enabled
    updatedAt
  }
`);

const SsoSettingsPage_Organisation = graphql(`
  query SsoSettingsPage_Organisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      viewerCanConfigureSso
      ssoConnection {
        ...SsoSettingsPage_Connection
      }
    }
  }
`);

const SsoSettingsPage_Configure = graphql(`
  mutation SsoSettingsPage_Configure($input: ConfigureSsoInput!) {
    configureSso(input: $input) {
      ssoConnection {
        ...SsoSettingsPage_Connection
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Roles a provider may give: never ADMIN (an admin is named by an admin). */
const JIT_ROLES = ['VIEWER', 'CONTRIBUTOR', 'EDITOR'] as const;
type JitRole = (typeof JIT_ROLES)[number];

interface Values extends Record<string, unknown> {
  slug: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string;
  jitRole: JitRole;
  enabled: boolean;
}

function valuesOf(connection: SsoSettingsPage_ConnectionFragment | null, fallbackSlug: string): Values {
  return {
    slug: connection?.slug ?? fallbackSlug,
    issuer: connection?.issuer ?? '',
    clientId: connection?.clientId ?? '',
    clientSecret: '',
    allowedDomains: connection?.allowedDomains.join('\n') ?? '',
    jitRole: JIT_ROLES.find((role) => role === connection?.jitRole) ?? 'VIEWER',
    enabled: connection?.enabled ?? true,
  };
}

/** A slug suggested from the organisation's name: lower-case ASCII letters, digits and hyphens. */
function suggestedSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/g, '');
}

/** The organisation's single sign-on (decision 0028), for its ADMINs. */
export function SsoSettingsPage() {
  const { t } = useTranslation('sso');
  const { current } = useShell();
  usePageTitle(t('settings.title'));
  const { data, error, loading, refetch } = useQuery(
    SsoSettingsPage_Organisation,
    current ? { variables: { id: current.organisation.id } } : skipToken,
  );
  if (!current) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('settings.title')}</Title>
        <Alert color="blue">{t('settings.notAllowed')}</Alert>
      </Stack>
    );
  }
  if (loading && !data) return <PageLoader />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const { organisation } = data;
  return (
    <Stack gap="lg" maw={760}>
      <Stack gap={4}>
        <Title order={1}>{t('settings.title')}</Title>
        <Text c="dimmed">{organisation.name}</Text>
      </Stack>
      {organisation.viewerCanConfigureSso ? (
        <SsoForm
          organisationId={organisation.id}
          connection={organisation.ssoConnection ?? null}
          fallbackSlug={suggestedSlug(organisation.name)}
        />
      ) : (
        <Alert color="yellow">{t('settings.notAllowed')}</Alert>
      )}
    </Stack>
  );
}

function SsoForm({
  organisationId,
  connection,
  fallbackSlug,
}: {
  organisationId: string;
  connection: SsoSettingsPage_ConnectionFragment | null;
  fallbackSlug: string;
}) {
  const { t } = useTranslation('sso');
  const { t: tc } = useTranslation();
  const [configure, { loading }] = useMutation(SsoSettingsPage_Configure);
  const [saved, setSaved] = useState(false);
  const secretSet = connection?.clientSecretSet ?? false;
  const { form, problems, submitPayload, handleSubmit } = useAppForm<Values>({
    initialValues: valuesOf(connection, fallbackSlug),
    rules: {
      slug: required,
      issuer: required,
      clientId: required,
      allowedDomains: required,
      clientSecret: secretSet ? undefined : required,
    },
    explain: (_path, code) =>
      code === 'INVALID' || code === 'SLUG_TAKEN' || code === 'ISSUER_UNREACHABLE'
        ? t(`settings.errors.${code}`)
        : undefined,
  });
  const [redirectUri, setRedirectUri] = useState('');
  useEffect(() => setRedirectUri(`${window.location.origin}/auth/oidc/callback`), []);
  const slug = form.getValues().slug.trim() || fallbackSlug;

  const submit = handleSubmit(async (values) => {
    setSaved(false);
    let stored: SsoSettingsPage_ConnectionFragment | null = null;
    const ok = await submitPayload(async () => {
      const { data } = await configure({
        variables: {
          input: {
            organisationId,
            slug: values.slug.trim(),
            issuer: values.issuer.trim(),
            clientId: values.clientId.trim(),
            clientSecret: values.clientSecret || null,
            allowedDomains: values.allowedDomains
              .split(/[\s,;]+/)
              .map((domain) => domain.trim())
              .filter(Boolean),
            jitRole: values.jitRole,
            enabled: values.enabled,
          },
        },
      });
      stored = data?.configureSso.ssoConnection ?? null;
      return data?.configureSso.userErrors;
    });
    if (!ok || !stored) return;
    form.setValues(valuesOf(stored, fallbackSlug));
    form.resetDirty();
    setSaved(true);
  });

  return (
    <Card withBorder radius="md" padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('settings.intro')}</Text>
          {!connection && <Alert color="blue">{t('settings.notConfigured')}</Alert>}
          {saved && (
            <Alert color="teal" role="status">
              {t('settings.saved')}
            </Alert>
          )}
          {problems}
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('settings.redirectUri')}
            </Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {redirectUri}
            </Code>
          </Stack>
          <TextInput
            label={t('settings.slug')}
            description={t('settings.slugHint', { slug })}
            name="slug"
            autoComplete="off"
            required
            {...form.getInputProps('slug')}
          />
          <TextInput
            label={t('settings.issuer')}
            description={t('settings.issuerHint')}
            name="issuer"
            type="url"
            autoComplete="off"
            required
            {...form.getInputProps('issuer')}
          />
          <TextInput
            label={t('settings.clientId')}
            name="clientId"
            autoComplete="off"
            required
            {...form.getInputProps('clientId')}
          />
          <PasswordInput
            label={t('settings.clientSecret')}
            description={secretSet ? t('settings.clientSecretKeep') : t('settings.clientSecretNew')}
            name="clientSecret"
            autoComplete="new-password"
            required={!secretSet}
            visibilityToggleButtonProps={{ 'aria-label': tc('signIn.toggleVisibility') }}
            {...form.getInputProps('clientSecret')}
          />
          <Textarea
            label={t('settings.allowedDomains')}
            description={t('settings.allowedDomainsHint')}
            name="allowedDomains"
            autosize
            minRows={2}
            required
            {...form.getInputProps('allowedDomains')}
          />
          <Select
            label={t('settings.jitRole')}
            description={t('settings.jitRoleHint')}
            data={JIT_ROLES.map((value) => ({ value, label: tc(`enums.Role.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('jitRole')}
          />
          <Switch label={t('settings.enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
          <Alert color="gray" variant="light">
            {t('settings.twoFactor')}
          </Alert>
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('settings.save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
