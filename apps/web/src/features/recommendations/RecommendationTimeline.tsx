import { colon } from '@opcat/domain';
import { Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { RecommendationTimeline_RecommendationFragment } from '../../__generated__/graphql.ts';
import { ACCEPTANCES, isOneOf } from '../../lib/enums.ts';
import { formatLocalDate } from '../../components/records.ts';
import { AcceptanceBadge } from './badges.tsx';
import { EntryBadge } from './StatusPanel.tsx';
import { buildTimeline, type TimelineItem } from './timeline.ts';
import { FollowUpVisitLink } from '../discovery/FollowUpVisit.tsx';

graphql(`
  fragment RecommendationTimeline_Recommendation on Recommendation {
    id
    issuedOn
    ownerOrganisation {
      id
      name
    }
    responses {
      id
      respondedOn
      text
      acceptance
      proposedTimeline
      authorOrganisation {
        id
        name
      }
      recordedBy {
        id
        displayName
      }
    }
    followUps {
      id
      kind
      happenedOn
      outcome
      visit {
        id
        startDate
      }
      recordedBy {
        id
        displayName
      }
    }
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

type R = RecommendationTimeline_RecommendationFragment;
type Item = TimelineItem<R['responses'][number], R['followUps'][number], R['history'][number]>;

const BULLET_COLORS: Record<Item['type'], string> = {
  issued: 'indigo',
  response: 'orange',
  followUp: 'teal',
  status: 'gray',
};

function ItemBody({ item, issuer }: { item: Item; issuer: string }) {
  const { t, i18n } = useTranslation('tracker');
  switch (item.type) {
    case 'issued':
      return <Text size="sm">{t('timeline.issuedBy', { organisation: issuer })}</Text>;
    case 'response': {
      const { response } = item;
      return (
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="sm">{t('timeline.acceptance')}</Text>
            {isOneOf(ACCEPTANCES, response.acceptance) && <AcceptanceBadge value={response.acceptance} size="sm" />}
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {response.text}
          </Text>
          {response.proposedTimeline && (
            <Text size="sm">
              <Text span fw={600}>
                {t('fields.proposedTimeline')}
                {colon(i18n.language)}
              </Text>{' '}
              {response.proposedTimeline}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('status.recordedBy', { name: response.recordedBy.displayName })}
          </Text>
        </Stack>
      );
    }
    case 'followUp':
      return (
        <Stack gap={4}>
          {item.followUp.outcome && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {item.followUp.outcome}
            </Text>
          )}
          <FollowUpVisitLink visit={item.followUp.visit} />
          <Text size="xs" c="dimmed">
            {t('status.recordedBy', { name: item.followUp.recordedBy.displayName })}
          </Text>
        </Stack>
      );
    case 'status':
      return (
        <Stack gap={4}>
          <div>
            <EntryBadge entry={item.entry} />
          </div>
          {item.entry.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {item.entry.note}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('status.recordedBy', { name: item.entry.recordedBy.displayName })}
          </Text>
        </Stack>
      );
  }
}

/** The whole story in date order: issue, the authority's responses, follow-up and every status change. */
export function RecommendationTimeline({ recommendation: r }: { recommendation: R }) {
  const { t, i18n } = useTranslation('tracker');
  const items = buildTimeline({
    issuedOn: r.issuedOn,
    responses: r.responses,
    followUps: r.followUps,
    history: r.history,
  });

  const titleOf = (item: Item) => {
    switch (item.type) {
      case 'issued':
        return t('timeline.issued');
      case 'response':
        return t('timeline.response', { organisation: item.response.authorOrganisation.name });
      case 'followUp':
        return t(`enums.FollowUpKind.${item.followUp.kind}`);
      case 'status':
        return t(`timeline.entry.${item.entry.kind}`);
    }
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="recommendation-timeline">
      <Stack gap="md">
        <Title order={2} fz="h4" id="recommendation-timeline">
          {t('timeline.title')}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} active={items.length - 1}>
          {items.map((item) => (
            <Timeline.Item
              key={item.key}
              color={BULLET_COLORS[item.type]}
              title={
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={700} component="time" dateTime={item.date}>
                    {formatLocalDate(item.date, i18n.language)}
                  </Text>
                  <Text size="sm" fw={600}>
                    {titleOf(item)}
                  </Text>
                </Group>
              }
            >
              <ItemBody item={item} issuer={r.ownerOrganisation.name} />
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Card>
  );
}
