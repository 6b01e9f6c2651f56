import { useQuery } from '@apollo/client/react';
import { Anchor, Breadcrumbs, Card, Grid, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { formatDateTime, formatLocalDate } from '../../components/records.ts';
import { RelatedVisitLink, ReprisalFormBadge, ReprisalStatusBadge } from './badges.tsx';
import { ReprisalNotice } from './ReprisalNotice.tsx';
import { UpdateReprisalForm } from './UpdateReprisalForm.tsx';

graphql(`
  fragment ReprisalPage_Incident on ReprisalIncident {
    id
    personPseudonym
    occurredOn
    form
    status
    description
    actionTaken
    createdAt
    updatedAt
    ownerOrganisation {
      id
      name
    }
    relatedVisit {
      id
      type
      startDate
      places {
        id
        name
      }
    }
    viewerCanUpdate
    namedUsers {
      id
      displayName
    }
  }
`);

const ReprisalPage_Incident = graphql(`
  query ReprisalPage_Incident($id: ID!) {
    reprisalIncident(id: $id) {
      ...ReprisalPage_Incident
    }
  }
`);

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** One reprisal incident, for the people it names; they can follow it up here. */
export function ReprisalPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('tracker');
  // Each read is audited server-side: ask the server rather than show a cached copy.
  const { data, error, loading, refetch } = useQuery(ReprisalPage_Incident, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const incident = data?.reprisalIncident;
  usePageTitle(incident ? `${t('reprisals.incident')} · ${incident.personPseudonym}` : undefined);

  if (loading && !incident) return <PageLoader />;
  if (!incident) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const text = (value: string) =>
    value ? (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    ) : (
      <Text size="sm" c="dimmed">
        {t('detail.none')}
      </Text>
    );

  return (
    <Stack gap="lg" maw={1200}>
      <Breadcrumbs aria-label={t('nav.breadcrumbs')}>
        <Anchor component={Link} to="/reprisals" size="sm">
          {t('reprisals.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {incident.personPseudonym}
        </Text>
      </Breadcrumbs>
      <Stack gap="xs">
        <Text c="dimmed" size="sm" fw={600}>
          {t('reprisals.incident')}
        </Text>
        <Title order={1}>{incident.personPseudonym}</Title>
        <Group gap="xs">
          <ReprisalFormBadge form={incident.form} />
          <ReprisalStatusBadge status={incident.status} />
        </Group>
      </Stack>
      <ReprisalNotice />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder radius="md" padding="md">
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Block title={t('reprisals.fields.occurredOn')}>
                  <Text size="sm">{formatLocalDate(incident.occurredOn, i18n.language)}</Text>
                </Block>
                <Block title={t('reprisals.fields.owner')}>
                  <Text size="sm">{incident.ownerOrganisation.name}</Text>
                </Block>
                <Block title={t('reprisals.fields.relatedVisit')}>
                  {incident.relatedVisit ? <RelatedVisitLink visit={incident.relatedVisit} /> : text('')}
                </Block>
                <Block title={t('reprisals.fields.updatedAt')}>
                  <Text size="sm">{formatDateTime(incident.updatedAt, i18n.language)}</Text>
                </Block>
              </SimpleGrid>
              <Block title={t('reprisals.fields.description')}>{text(incident.description)}</Block>
              <Block title={t('reprisals.fields.actionTaken')}>{text(incident.actionTaken)}</Block>
              <Block title={t('reprisals.fields.namedUsers')}>
                <List size="sm" spacing={2}>
                  {incident.namedUsers.map((user) => (
                    <List.Item key={user.id}>{user.displayName}</List.Item>
                  ))}
                </List>
              </Block>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {incident.viewerCanUpdate && <UpdateReprisalForm incident={incident} />}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
