import { colon } from '@opcat/domain';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collabState, personLabel, presentUsers, type CollabState, type PresentUser } from './collab-helpers.ts';

const COLORS: Record<CollabState, string> = {
  connected: 'teal',
  connecting: 'yellow',
  reconnecting: 'orange',
  offlinePending: 'red',
};

/** Connected / reconnecting / offline with changes not yet saved on the server. */
export function ConnectionStateBadge({ provider }: { provider: HocuspocusProvider }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CollabState>('connecting');
  useEffect(() => {
    let status = 'connecting';
    let everConnected = false;
    const update = () => setState(collabState(status, provider.hasUnsyncedChanges, everConnected));
    const onStatus = ({ status: next }: { status: string }) => {
      status = next;
      if (next === 'connected') everConnected = true;
      update();
    };
    provider.on('status', onStatus);
    provider.on('unsyncedChanges', update);
    return () => {
      provider.off('status', onStatus);
      provider.off('unsyncedChanges', update);
    };
  }, [provider]);
  return (
    <Badge
      variant="dot"
      size="lg"
      color={COLORS[state]}
      role="status"
      aria-live="polite"
      data-testid="connection-state"
      data-state={state}
    >
      {t(`coEditing.connection.${state}`)}
    </Badge>
  );
}

/** Who else is in the document, from the awareness states the server relays. */
export function PresenceList({ provider }: { provider: HocuspocusProvider }) {
  const { t, i18n } = useTranslation();
  const [users, setUsers] = useState<PresentUser[]>([]);
  useEffect(() => {
    const awareness = provider.awareness;
    if (!awareness) return;
    const update = () => setUsers(presentUsers(awareness.getStates() as Map<number, Record<string, unknown>>));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [provider]);
  return (
    <Group gap="xs" data-testid="presence-list" aria-label={t('coEditing.presence')} role="list">
      <Text size="sm" c="dimmed">
        {t('coEditing.presence')}
        {colon(i18n.language)}
      </Text>
      {users.map((user) => (
        <Tooltip key={user.clientId} label={user.organisation || user.name}>
          <Badge role="listitem" variant="light" style={{ borderInlineStart: `4px solid ${user.color}` }} color="gray">
            {personLabel(user)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
