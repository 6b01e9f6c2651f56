import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { OrganisationKindBadge } from '../../components/OrganisationKindBadge.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { countryName } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { useShell } from '../shell/ShellContext.tsx';
import { WorkingGroupCard } from './WorkingGroupCard.tsx';
import { WhatNeedsMe } from './WhatNeedsMe.tsx';
import { GroupInvitationsPanel } from '../onboarding/GroupInvitationsPanel.tsx';
import { ReadableRecordsLiveUpdates } from '../live/live-records.tsx';

const HomePage_Overview = graphql(`
  query HomePage_Overview($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      name
      kind
      countryCode
      npmModel
      viewerCan {
        manageMembers
        readMembers
      }
      members {
        id
      }
    }
    workingGroups {
      ...WorkingGroupCard_WorkingGroup
    }
  }
`);

/** Overview of the current organisation and the working groups it takes part in. */
/** What the home page shows comes from every kind of record. */
const LIVE_TYPES = ['PLACE', 'VISIT', 'FINDING', 'RECOMMENDATION', 'WORKPLAN'] as const;

export function HomePage() {
  const { t, i18n } = useTranslation();
  const { user, current } = useShell();
  usePageTitle(t('home.title'));
  const { data, error, loading, refetch } = useQuery(
    HomePage_Overview,
    current ? { variables: { organisationId: current.organisation.id } } : skipToken,
  );

  return (
    <Stack gap="xl" maw={1200}>
      {current && <ReadableRecordsLiveUpdates recordTypes={LIVE_TYPES} onChange={refetch} />}
      <Stack gap={4}>
        <Title order={1}>{t('home.greeting', { name: user.displayName })}</Title>
        <Text c="dimmed">{t('home.intro')}</Text>
      </Stack>

      {!current ? (
        <Alert color="blue" title={t('home.noOrganisationTitle')}>
          {t('home.noOrganisation')}
        </Alert>
      ) : loading && !data ? (
        <PageLoader />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <>
          <GroupInvitationsPanel />
          <WhatNeedsMe organisationId={current.organisation.id} />
          <section aria-labelledby="home-organisation">
            <Card withBorder radius="md" padding="lg">
              <Stack gap="md">
                <Text id="home-organisation" component="h2" size="xs" fw={700} tt="uppercase" c="dimmed">
                  {t('home.myOrganisation')}
                </Text>
                <Group gap="sm" wrap="wrap">
                  <Title order={3}>{data.organisation.name}</Title>
                  <OrganisationKindBadge kind={data.organisation.kind} />
                </Group>
                <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" component="dl" m={0}>
                  <Fact label={t('home.kind')} value={t(`enums.OrganisationKind.${data.organisation.kind}`)} />
                  <Fact
                    label={t('home.country')}
                    value={
                      data.organisation.countryCode
                        ? countryName(data.organisation.countryCode, i18n.language)
                        : t('common.international')
                    }
                  />
                  <Fact label={t('home.myRole')} value={t(`enums.Role.${current.role}`)} />
                  {data.organisation.npmModel && (
                    <Fact label={t('home.npmModel')} value={t(`enums.NpmModel.${data.organisation.npmModel}`)} />
                  )}
                  {data.organisation.viewerCan.readMembers && (
                    <Fact
                      label={t('home.members')}
                      value={t('home.memberCount', { count: data.organisation.members.length })}
                    />
                  )}
                </SimpleGrid>
                {data.organisation.viewerCan.manageMembers && (
                  <Anchor component={Link} to="/organisation/members" size="sm">
                    {t('home.manageMembers')}
                  </Anchor>
                )}
              </Stack>
            </Card>
          </section>

          <section aria-labelledby="home-working-groups">
            <Stack gap="md">
              <Title id="home-working-groups" order={2} fz="h3">
                {t('home.workingGroups')}
              </Title>
              {data.workingGroups.length === 0 ? (
                <Text c="dimmed">{t('home.noWorkingGroups')}</Text>
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
                  {data.workingGroups.map((group) => (
                    <WorkingGroupCard key={group.id} group={group} organisationId={current.organisation.id} />
                  ))}
                </SimpleGrid>
              )}
            </Stack>
          </section>
        </>
      )}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {value}
      </Text>
    </div>
  );
}
