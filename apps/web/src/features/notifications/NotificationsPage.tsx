import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { NotificationEvent, NotificationsPage_ItemFragment } from '../../__generated__/graphql.ts';
import { CursorPager, useCursorPages } from '../../components/CursorPager.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { formatDateTime, formatLocalDate } from '../../lib/dates.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { NOTIFICATION_EVENTS } from './events.ts';
import { NOTIFICATION_QUERIES } from './NotificationBell.tsx';
import { notificationHref } from './notification-links.ts';

graphql(`
  fragment NotificationsPage_Item on Notification {
    id
    event
    createdAt
    readAt
    available
    subjectType
    subjectId
    workplanId
    subjectTitle
    organisationName
  }
`);

const NotificationsPage_List = graphql(`
  query NotificationsPage_List($filter: NotificationFilter, $limit: Int, $after: String) {
    notifications(filter: $filter, limit: $limit, after: $after) {
      nodes {
        ...NotificationsPage_Item
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    unreadNotificationCount
  }
`);

const NotificationsPage_MarkRead = graphql(`
  mutation NotificationsPage_MarkRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      marked
      unreadCount
    }
  }
`);

const NotificationsPage_MarkAllRead = graphql(`
  mutation NotificationsPage_MarkAllRead {
    markAllNotificationsRead {
      marked
      unreadCount
    }
  }
`);

const PAGE = 30;
type ReadFilter = 'all' | 'unread' | 'read';

/** What the notification is about, in the reader's language; nothing of a record no longer available. */
function SubjectLine({ n }: { n: NotificationsPage_ItemFragment }) {
  const { t, i18n } = useTranslation('notifications');
  const { t: tc } = useTranslation();
  if (!n.available) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('centre.unavailable')}
      </Text>
    );
  }
  let text: string | null = n.subjectTitle;
  if (n.subjectType === 'VISIT' && n.subjectTitle)
    text = t('subjects.visitOn', { date: formatLocalDate(n.subjectTitle, i18n.language) });
  if (n.subjectType === 'REPRISAL') text = t('subjects.reprisal');
  if (n.subjectType === 'MEMBERSHIP' && n.subjectTitle)
    text = t('subjects.roleIn', {
      role: tc(`enums.Role.${n.subjectTitle}` as 'enums.Role.ADMIN'),
      organisation: n.organisationName ?? '',
    });
  return text ? <Text size="sm">{text}</Text> : null;
}

/** The notification centre: the viewer's notifications, newest first, filtered, marked read, linked to their records. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation('notifications');
  usePageTitle(t('centre.title'));
  const [readFilter, setReadFilter] = useState<ReadFilter>('all');
  const [event, setEvent] = useState<NotificationEvent | null>(null);
  const pages = useCursorPages(`${readFilter}:${event ?? ''}`);
  const filter = {
    ...(readFilter === 'all' ? {} : { read: readFilter === 'read' }),
    ...(event ? { events: [event] } : {}),
  };
  const { data, loading, error, refetch } = useQuery(NotificationsPage_List, {
    variables: { filter, limit: PAGE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const refetchAll = { refetchQueries: NOTIFICATION_QUERIES, awaitRefetchQueries: true };
  const [markRead] = useMutation(NotificationsPage_MarkRead, refetchAll);
  const [markAll, markingAll] = useMutation(NotificationsPage_MarkAllRead, refetchAll);

  const nodes = data?.notifications.nodes ?? [];
  const unread = data?.unreadNotificationCount ?? 0;

  return (
    <Stack gap="md" maw={900}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>{t('centre.title')}</Title>
        <Group gap="sm" wrap="wrap">
          <Button variant="default" component={Link} to="/notifications/preferences">
            {t('centre.preferences')}
          </Button>
          <Button
            onClick={() => void markAll().catch(() => undefined)}
            disabled={unread === 0}
            loading={markingAll.loading}
          >
            {t('centre.markAll')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('centre.live')}
      </Text>
      <Group gap="md" wrap="wrap" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="notification-read-filter">
            {t('centre.filterLabel')}
          </Text>
          <SegmentedControl
            aria-labelledby="notification-read-filter"
            value={readFilter}
            onChange={(value) => setReadFilter(value as ReadFilter)}
            data={[
              { value: 'all', label: t('centre.all') },
              { value: 'unread', label: t('centre.onlyUnread') },
              { value: 'read', label: t('centre.onlyRead') },
            ]}
          />
        </Stack>
        <Select
          label={t('centre.eventLabel')}
          placeholder={t('centre.anyEvent')}
          clearable
          value={event}
          onChange={(value) => setEvent(value as NotificationEvent | null)}
          data={NOTIFICATION_EVENTS.map((e) => ({ value: e, label: t(`events.${e}`) }))}
          w={{ base: '100%', xs: 320 }}
        />
      </Group>

      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : loading && !data ? (
        <PageLoader />
      ) : nodes.length === 0 ? (
        <Text>{t('centre.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('centre.title')}>
          {nodes.map((n) => {
            const href = notificationHref(n);
            const open = () => {
              if (!n.readAt) void markRead({ variables: { ids: [n.id] } }).catch(() => undefined);
            };
            return (
              <Paper component="li" key={n.id} withBorder p="sm" data-testid="notification" data-event={n.event}>
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                  <Stack gap={2} miw={0} style={{ flex: '1 1 240px' }}>
                    <Group gap="xs" wrap="wrap">
                      {!n.readAt && (
                        <Badge color="blue" variant="light" size="sm">
                          {t('centre.unread')}
                        </Badge>
                      )}
                      <Text fw={n.readAt ? 400 : 700} style={{ overflowWrap: 'anywhere' }}>
                        {href ? (
                          <Anchor component={Link} to={href} onClick={open}>
                            {t(`events.${n.event}`)}
                          </Anchor>
                        ) : (
                          t(`events.${n.event}`)
                        )}
                      </Text>
                    </Group>
                    <SubjectLine n={n} />
                    <Text size="xs" c="dimmed">
                      {formatDateTime(n.createdAt, i18n.language)}
                    </Text>
                  </Stack>
                  {!n.readAt && (
                    <Button size="xs" variant="default" onClick={open}>
                      {t('centre.markRead')}
                    </Button>
                  )}
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
      <CursorPager
        hasPrevious={pages.index > 0}
        hasNext={data?.notifications.pageInfo.hasNextPage ?? false}
        onPrevious={pages.previous}
        onNext={() => {
          const end = data?.notifications.pageInfo.endCursor;
          if (end) pages.next(end);
        }}
      />
    </Stack>
  );
}
