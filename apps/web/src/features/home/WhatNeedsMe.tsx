import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { formatLocalDate } from '../../lib/dates.ts';
import { formatDate } from '../../lib/format.ts';
import type { RecordType } from '../../lib/enums.ts';
import { ReadableRecordsLiveUpdates } from '../live/live-records.tsx';
import { useCountText } from '../../components/CursorPager.tsx';

const WhatNeedsMe_Query = graphql(`
  query WhatNeedsMe_Query($organisationId: ID!) {
    responsesDue: recommendations(
      filter: { addresseeId: $organisationId, acceptance: [PENDING] }
      sort: DUE_ASC
      limit: 5
    ) {
      totalCount
      totalCountCapped
      nodes {
        id
        reference
        title
        responseDueOn
        responseOverdue
      }
    }
    overdueActions: workplanActions(filter: { responsibleOrganisationId: $organisationId, overdue: true }, limit: 5) {
      nodes {
        id
        workplanId
        title
        dueDate
      }
    }
    whatNeedsMe {
      lastVisitAt
      awaitingAssessment {
        id
        reference
        title
      }
      sharedSinceLastVisit {
        recordType
        id
        title
        ownerOrganisationName
        updatedAt
      }
    }
  }
`);

const WhatNeedsMe_MarkVisited = graphql(`
  mutation WhatNeedsMe_MarkVisited {
    markHomeVisited
  }
`);

const RECORD_PATH: Record<RecordType, string> = {
  PLACE: '/places',
  VISIT: '/visits',
  FINDING: '/findings',
  RECOMMENDATION: '/recommendations',
  WORKPLAN: '/workplans',
};

interface Item {
  id: string;
  to: string;
  label: ReactNode;
  detail?: string;
}

function NeedCard({
  id,
  title,
  empty,
  items,
  more,
}: {
  id: string;
  title: string;
  empty: string;
  items: Item[];
  more?: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} fz="h4" id={id}>
          {title}
        </Title>
        {items.length === 0 ? (
          <Text c="dimmed" size="sm">
            {empty}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <li key={item.id}>
                <Anchor component={Link} to={item.to} fw={500} size="sm">
                  {item.label}
                </Anchor>
                {item.detail && (
                  <Text size="xs" c="dimmed">
                    {item.detail}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        )}
        {more}
      </Stack>
    </Card>
  );
}

/**
 * What needs the signed-in person: responses due from their organisation, its overdue actions,
 * recommendations awaiting their assessment and records shared with them since their last visit
 * (the visit is recorded once the list is shown, so the next visit starts from now).
 */
export function WhatNeedsMe({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const { data, refetch } = useQuery(WhatNeedsMe_Query, { variables: { organisationId }, fetchPolicy: 'network-only' });
  const [markVisited] = useMutation(WhatNeedsMe_MarkVisited);
  const countText = useCountText();
  const marked = useRef(false);
  useEffect(() => {
    if (data && !marked.current) {
      marked.current = true;
      void markVisited().catch(() => undefined);
    }
  }, [data, markVisited]);
  const live = (
    <ReadableRecordsLiveUpdates recordTypes={['RECOMMENDATION', 'WORKPLAN', 'FINDING']} onChange={refetch} />
  );
  if (!data) return live;

  const due = data.responsesDue;
  const needs = data.whatNeedsMe;
  const date = (value: string) => formatLocalDate(value, i18n.language);
  const instant = (value: string) => formatDate(value, i18n.language);
  return (
    <section aria-labelledby="home-needs">
      {live}
      <Stack gap="md">
        <Title id="home-needs" order={2} fz="h3">
          {t('home.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <NeedCard
            id="home-needs-responses"
            title={t('home.responsesDue', {
              count: countText(due.totalCount, due.totalCountCapped) as unknown as number,
            })}
            empty={t('home.noResponsesDue')}
            items={due.nodes.map((r) => ({
              id: r.id,
              to: `/recommendations/${r.id}`,
              label: `${r.reference} · ${r.title}`,
              detail: `${t('home.dueOn', { date: date(r.responseDueOn) })}${r.responseOverdue ? ` · ${t('home.overdue')}` : ''}`,
            }))}
            more={
              due.totalCount > due.nodes.length && (
                <Anchor
                  component={Link}
                  size="sm"
                  to={`/recommendations?addressee=${organisationId}&acceptance=PENDING&sort=DUE_ASC`}
                >
                  {t('home.seeAll')}
                </Anchor>
              )
            }
          />
          <NeedCard
            id="home-needs-actions"
            title={t('home.overdueActions')}
            empty={t('home.noOverdueActions')}
            items={data.overdueActions.nodes.map((a) => ({
              id: a.id,
              to: `/workplans/${a.workplanId}`,
              label: a.title,
              detail: a.dueDate ? t('home.dueOn', { date: date(a.dueDate) }) : undefined,
            }))}
            more={
              <Anchor component={Link} size="sm" to="/my-actions">
                {t('home.myActions')}
              </Anchor>
            }
          />
          <NeedCard
            id="home-needs-assessment"
            title={t('home.awaitingAssessment')}
            empty={t('home.noAwaitingAssessment')}
            items={needs.awaitingAssessment.map((r) => ({
              id: r.id,
              to: `/recommendations/${r.id}`,
              label: `${r.reference} · ${r.title}`,
            }))}
          />
          <NeedCard
            id="home-needs-shared"
            title={
              needs.lastVisitAt ? t('home.sharedSince', { date: instant(needs.lastVisitAt) }) : t('home.sharedWithMe')
            }
            empty={t('home.noShared')}
            items={needs.sharedSinceLastVisit.map((s) => ({
              id: s.id,
              to: `${RECORD_PATH[s.recordType]}/${s.id}`,
              label: (
                <Group gap={6} component="span" wrap="nowrap">
                  <Badge size="xs" variant="light" component="span">
                    {t(`home.recordType.${s.recordType}`)}
                  </Badge>
                  <span>{s.title}</span>
                </Group>
              ),
              detail: `${s.ownerOrganisationName} · ${instant(s.updatedAt)}`,
            }))}
          />
        </SimpleGrid>
      </Stack>
    </section>
  );
}
