import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConnectionStatus } from '../../app/ApiContext.tsx';
import type { ConnectionStatus } from '../../app/realtime.ts';

const COLORS: Record<ConnectionStatus, string> = {
  connected: 'teal',
  connecting: 'yellow',
  reconnecting: 'orange',
  idle: 'gray',
};

/** Whether live updates (the GraphQL WebSocket) are flowing. */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const status = useConnectionStatus();
  const label = t(`connection.${status}`);
  return (
    <Tooltip label={t('connection.description')} withArrow multiline w={240}>
      <Badge variant="dot" color={COLORS[status]} size="lg" role="status" aria-live="polite" style={{ flexShrink: 0 }}>
        {label}
      </Badge>
    </Tooltip>
  );
}
