import { labelColon, colon } from '@opcat/domain';
import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { useShell } from '../shell/ShellContext.tsx';

const OutboxPage_Outbox = graphql(`
  query OutboxPage_Outbox($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      name
    }
    outbox(organisationId: $organisationId, limit: 50) {
      id
      to
      subject
      text
      status
      createdAt
    }
  }
`);

const STATUS_COLORS = { PENDING: 'gray', SENT: 'teal', OUTBOX: 'blue', FAILED: 'red' } as const;

/**
 * The mail sent on behalf of the acting organisation, for its admins: where invitations wait when
 * no SMTP server is configured (the admin passes them on), and the delivery state otherwise.
 */
export function OutboxPage() {
  const { t, i18n } = useTranslation('mail');
  const { current } = useShell();
  usePageTitle(t('outbox.title'));
  const organisationId = current?.organisation.id;
  const canRead = current?.organisation.viewerCan.readOutbox === true;
  const { data, error, loading, refetch } = useQuery(
    OutboxPage_Outbox,
    organisationId && canRead ? { variables: { organisationId }, fetchPolicy: 'network-only' } : skipToken,
  );

  if (!organisationId || !canRead) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('outbox.title')}</Title>
        <Alert color="yellow">{t('outbox.cannotRead')}</Alert>
      </Stack>
    );
  }
  if (loading && !data) return <PageLoader />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const mails = data.outbox;
  const waiting = mails.some((mail) => mail.status === 'OUTBOX');
  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <Title order={1}>{t('outbox.title')}</Title>
        <Text c="dimmed">{t('outbox.intro', { organisation: data.organisation.name })}</Text>
      </Stack>
      {waiting && (
        <Alert color="blue" styles={{ body: { minWidth: 0 }, message: { overflowWrap: 'anywhere' } }}>
          {t('outbox.noSmtp')}
        </Alert>
      )}
      {mails.length === 0 ? (
        <Text>{t('outbox.empty')}</Text>
      ) : (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="outbox">
          {mails.map((mail) => (
            <Card key={mail.id} component="li" withBorder radius="md" padding="md" data-testid="outbox-mail">
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Title order={2} fz="h5" style={{ overflowWrap: 'anywhere' }}>
                    {mail.subject}
                  </Title>
                  <Badge color={STATUS_COLORS[mail.status]} variant="light">
                    {t(`outbox.statuses.${mail.status}`)}
                  </Badge>
                </Group>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <Text span fw={600}>
                    {t('outbox.to')}
                    {colon(i18n.language)}
                  </Text>{' '}
                  {mail.to}
                </Text>
                <Text size="sm" c="dimmed">
                  {labelColon(t('outbox.createdAt'), i18n.language)}
                  {formatDateTime(mail.createdAt as string, i18n.language)}
                </Text>
                {mail.text ? (
                  <Text
                    component="pre"
                    size="sm"
                    aria-label={t('outbox.body')}
                    data-testid="outbox-body"
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', margin: 0 }}
                  >
                    {mail.text}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('outbox.noBody')}
                  </Text>
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
