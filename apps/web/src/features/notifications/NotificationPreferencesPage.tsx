import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Checkbox, Radio, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { EmailDigest, NotificationEvent } from '../../__generated__/graphql.ts';
import { useAppForm } from '../../components/form/index.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';

const NotificationPreferencesPage_Get = graphql(`
  query NotificationPreferencesPage_Get {
    notificationPreferences {
      emailDigest
      timeZone
      defaultTimeZone
      channels {
        event
        inApp
        email
      }
    }
  }
`);

const NotificationPreferencesPage_Update = graphql(`
  mutation NotificationPreferencesPage_Update($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      preferences {
        emailDigest
        timeZone
        defaultTimeZone
        channels {
          event
          inApp
          email
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

interface Values extends Record<string, unknown> {
  channels: { event: NotificationEvent; inApp: boolean; email: boolean }[];
  emailDigest: EmailDigest;
  timeZone: string | null;
}

/** The browser's IANA time zone (offered when the account has none and its country has no single one). */
function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/** Where the zone shown comes from, when the person has not chosen one. */
type ZoneSource = 'ACCOUNT' | 'COUNTRY' | 'BROWSER';

function PreferencesForm({
  initial,
  effectiveTimeZone,
  zoneSource,
}: {
  initial: Values;
  /** The zone the server uses now (chosen, else the country's; null: UTC). */
  effectiveTimeZone: string | null;
  zoneSource: ZoneSource;
}) {
  const { t } = useTranslation('notifications');
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => {
    const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    return [...new Set(['UTC', ...list, ...(initial.timeZone ? [initial.timeZone] : [])])];
  }, [initial.timeZone]);
  const [update] = useMutation(NotificationPreferencesPage_Update);
  const { form, problems, submitPayload, handleSubmit } = useAppForm<Values>({ initialValues: initial });
  const submit = handleSubmit(async (values) => {
    setSaved(false);
    const ok = await submitPayload(async () => {
      const res = await update({
        variables: {
          input: {
            channels: values.channels,
            emailDigest: values.emailDigest,
            // Sent only when it changes the zone in use (the browser's proposal, or another choice).
            ...(values.timeZone && values.timeZone !== effectiveTimeZone ? { timeZone: values.timeZone } : {}),
          },
        },
      });
      return res.data?.updateNotificationPreferences.userErrors;
    });
    setSaved(ok);
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problems}
        <Table.ScrollContainer minWidth={0}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('preferences.event')}</Table.Th>
                <Table.Th scope="col">{t('preferences.inApp')}</Table.Th>
                <Table.Th scope="col">{t('preferences.email')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {form.values.channels.map((channel, i) => (
                <Table.Tr key={channel.event}>
                  <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
                    {t(`events.${channel.event}`)}
                  </Table.Th>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${t(`events.${channel.event}`)}: ${t('preferences.inApp')}`}
                      {...form.getInputProps(`channels.${i}.inApp`, { type: 'checkbox' })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${t(`events.${channel.event}`)}: ${t('preferences.email')}`}
                      {...form.getInputProps(`channels.${i}.email`, { type: 'checkbox' })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Radio.Group label={t('preferences.digest')} {...form.getInputProps('emailDigest')}>
          <Stack gap="xs" mt="xs">
            <Radio value="IMMEDIATE" label={t('preferences.immediate')} />
            <Radio value="DAILY" label={t('preferences.daily')} />
          </Stack>
        </Radio.Group>
        <Select
          label={t('preferences.timeZone')}
          description={
            zoneSource === 'ACCOUNT'
              ? t('preferences.timeZoneHelp')
              : `${t('preferences.timeZoneHelp')} ${t(zoneSource === 'COUNTRY' ? 'preferences.timeZoneFromCountry' : 'preferences.timeZoneFromBrowser')}`
          }
          data={zones}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('preferences.timeZoneNothingFound')}
          maw={420}
          {...form.getInputProps('timeZone')}
        />
        <Text size="sm" c="dimmed">
          {t('preferences.emailNote')}
        </Text>
        {saved && (
          <Alert color="teal" role="status">
            {t('preferences.saved')}
          </Alert>
        )}
        <Button type="submit" loading={form.submitting} w="fit-content">
          {t('preferences.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** Which events the viewer is told of, in the app and/or by e-mail, and whether e-mails come at once or daily. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('preferences.title'));
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesPage_Get, { fetchPolicy: 'network-only' });
  const prefs = data?.notificationPreferences;
  return (
    <Stack gap="md" maw={760}>
      <Anchor component={Link} to="/notifications" size="sm">
        {t('preferences.back')}
      </Anchor>
      <Title order={1}>{t('preferences.title')}</Title>
      <Text>{t('preferences.intro')}</Text>
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : loading || !prefs ? (
        <PageLoader />
      ) : (
        <PreferencesForm
          initial={{
            channels: prefs.channels.map((c) => ({ event: c.event, inApp: c.inApp, email: c.email })),
            emailDigest: prefs.emailDigest,
            timeZone: prefs.timeZone ?? prefs.defaultTimeZone ?? browserTimeZone() ?? 'UTC',
          }}
          effectiveTimeZone={prefs.timeZone ?? prefs.defaultTimeZone}
          zoneSource={prefs.timeZone ? 'ACCOUNT' : prefs.defaultTimeZone ? 'COUNTRY' : 'BROWSER'}
        />
      )}
    </Stack>
  );
}
