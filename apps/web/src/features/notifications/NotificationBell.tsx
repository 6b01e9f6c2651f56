import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { ActionIcon, Indicator, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';

const NotificationBell_Count = graphql(`
  query NotificationBell_Count {
    unreadNotificationCount
  }
`);

const NotificationBell_Received = graphql(`
  subscription NotificationBell_Received {
    notificationReceived {
      notificationId
      event
    }
  }
`);

/** Queries that show notifications: refetched when one arrives (events carry ids only). */
export const NOTIFICATION_QUERIES = ['NotificationBell_Count', 'NotificationsPage_List'];

/** The bell in the header: the unread count, kept live over graphql-ws; links to the notification centre. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const client = useApolloClient();
  const { data } = useQuery(NotificationBell_Count, { fetchPolicy: 'cache-and-network' });
  const refresh = () => void client.refetchQueries({ include: NOTIFICATION_QUERIES }).catch(() => undefined);
  useSubscription(NotificationBell_Received, { onData: refresh, onError: () => undefined });
  const count = data?.unreadNotificationCount ?? 0;
  const label = count > 0 ? t('bell.unread', { count }) : t('bell.none');
  return (
    <Indicator
      label={count > 99 ? '99+' : String(count)}
      size={18}
      disabled={count === 0}
      color="red.9"
      offset={4}
      aria-hidden={false}
    >
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="subtle"
        size="lg"
        aria-label={label}
        data-testid="notification-bell"
        data-unread={count}
      >
        <svg
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        <VisuallyHidden aria-live="polite">{label}</VisuallyHidden>
      </ActionIcon>
    </Indicator>
  );
}
