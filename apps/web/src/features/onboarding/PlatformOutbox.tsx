import { useQuery } from '@apollo/client/react';
import { Badge, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { formatDateTime } from '../../lib/dates.ts';

const PlatformOutbox_Mail = graphql(`
  query PlatformOutbox_Mail {
    platformOutbox(limit: 20) {
      id
      to
      subject
      text
      status
      createdAt
    }
  }
`);

/** The first admins' invitations, where they wait when no SMTP server is set (the platform passes them on). */
export function PlatformOutbox() {
  const { t, i18n } = useTranslation('onboarding');
  const { data } = useQuery(PlatformOutbox_Mail, { fetchPolicy: 'cache-and-network' });
  const mail = data?.platformOutbox ?? [];
  return (
    <section aria-labelledby="platform-outbox">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="platform-outbox">
          {t('platform.outbox.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('platform.outbox.hint')}
        </Text>
        {mail.length === 0 ? (
          <Text c="dimmed">{t('platform.outbox.empty')}</Text>
        ) : (
          mail.map((m) => (
            <Card key={m.id} withBorder padding="sm">
              <Group justify="space-between" gap="xs">
                <Text fw={500} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {m.to}
                </Text>
                <Badge variant="light">{m.status}</Badge>
              </Group>
              <Text size="sm">{m.subject}</Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(m.createdAt, i18n.language)}
              </Text>
              {m.text && (
                <Code block mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {m.text}
                </Code>
              )}
            </Card>
          ))
        )}
      </Stack>
    </section>
  );
}
