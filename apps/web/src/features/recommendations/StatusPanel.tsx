import { Alert, Card, Divider, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { StatusPanel_RecommendationFragment } from '../../__generated__/graphql.ts';
import { ACCEPTANCES, IMPLEMENTATION_STATUSES, isOneOf, type StatusEntryKind } from '../../lib/enums.ts';
import { formatLocalDate } from '../../components/records.ts';
import { AcceptanceBadge, ImplementationBadge } from './badges.tsx';
import { statusesDiffer } from './status-colors.ts';
import { historyOf } from './timeline.ts';

graphql(`
  fragment StatusPanel_Recommendation on Recommendation {
    id
    acceptance
    stateStatus
    monitorStatus
    history {
      id
      kind
      value
      effectiveOn
      note
      recordedAt
      recordedBy {
        id
        displayName
      }
    }
  }
`);

type Entry = StatusPanel_RecommendationFragment['history'][number];

/** A history entry's value as a badge (acceptance or implementation status, depending on the entry). */
export function EntryBadge({ entry }: { entry: Pick<Entry, 'kind' | 'value'> }) {
  if (entry.kind === 'ACCEPTANCE') {
    return isOneOf(ACCEPTANCES, entry.value) ? (
      <AcceptanceBadge value={entry.value} size="sm" wrap />
    ) : (
      <>{entry.value}</>
    );
  }
  return isOneOf(IMPLEMENTATION_STATUSES, entry.value) ? (
    <ImplementationBadge value={entry.value} size="sm" wrap />
  ) : (
    <>{entry.value}</>
  );
}

function Column({
  title,
  hint,
  current,
  entries,
}: {
  title: string;
  hint: string;
  current: ReactNode;
  entries: Entry[];
}) {
  const { t, i18n } = useTranslation('tracker');
  return (
    <Stack gap="xs">
      <Stack gap={0}>
        <Title order={3} fz="h5">
          {title}
        </Title>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      </Stack>
      <div>{current}</div>
      <Divider label={t('status.history')} labelPosition="left" />
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('status.noHistory')}
        </Text>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map((entry) => (
            <Stack key={entry.id} gap={2} component="li">
              <Text size="xs" fw={600}>
                {formatLocalDate(entry.effectiveOn, i18n.language)}
              </Text>
              <div>
                <EntryBadge entry={entry} />
              </div>
              {entry.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {entry.note}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('status.recordedBy', { name: entry.recordedBy.displayName })}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** The State's position and both views of implementation side by side, each with its dated history. */
export function StatusPanel({ recommendation: r }: { recommendation: StatusPanel_RecommendationFragment }) {
  const { t } = useTranslation('tracker');
  const entries = (kind: StatusEntryKind) => historyOf(r.history, kind);

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="status-panel">
      <Stack gap="md">
        <Title order={2} fz="h4" id="status-panel">
          {t('status.title')}
        </Title>
        {statusesDiffer(r.stateStatus, r.monitorStatus) && (
          <Alert color="orange" variant="light">
            {t('status.differ')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          <Column
            title={t('status.acceptance')}
            hint={t('status.acceptanceHint')}
            current={<AcceptanceBadge value={r.acceptance} size="lg" wrap />}
            entries={entries('ACCEPTANCE')}
          />
          <Column
            title={t('enums.StatusPerspective.STATE_REPORTED')}
            hint={t('status.stateHint')}
            current={<ImplementationBadge value={r.stateStatus} size="lg" wrap />}
            entries={entries('STATE_REPORTED')}
          />
          <Column
            title={t('enums.StatusPerspective.MONITOR_ASSESSED')}
            hint={t('status.monitorHint')}
            current={<ImplementationBadge value={r.monitorStatus} size="lg" wrap />}
            entries={entries('MONITOR_ASSESSED')}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
