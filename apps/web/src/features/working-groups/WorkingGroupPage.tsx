import { labelColon } from '@opcat/domain';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Breadcrumbs, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import type { WorkingGroupRole } from '../../lib/enums.ts';
import { countryName } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { sortWorkingGroupMembers } from './sort-members.ts';

const WorkingGroupPage_WorkingGroup = graphql(`
  query WorkingGroupPage_WorkingGroup($id: ID!) {
    workingGroup(id: $id) {
      id
      name
      kind
      countryCode
      region
      viewerCan {
        manageMembers
      }
      members {
        id
        role
        organisation {
          id
          name
          kind
          countryCode
        }
      }
    }
  }
`);

const ROLE_COLORS: Record<WorkingGroupRole, string> = { CHAIR: 'indigo', MEMBER: 'gray', OBSERVER: 'yellow' };

export function WorkingGroupPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { t: tw } = useTranslation('workplan');
  const { t: to } = useTranslation('onboarding');
  const { data, error, loading, refetch } = useQuery(WorkingGroupPage_WorkingGroup, { variables: { id } });
  const group = data?.workingGroup;
  usePageTitle(group?.name);

  if (loading && !group) return <PageLoader />;
  if (!group) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const country = (code: string | null) => (code ? countryName(code, i18n.language) : t('common.international'));
  const members = sortWorkingGroupMembers(group.members, i18n.language);

  return (
    <Stack gap="lg" maw={1200}>
      <Breadcrumbs aria-label={t('nav.breadcrumbs')}>
        <Anchor component={Link} to="/" size="sm">
          {t('nav.home')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('nav.workingGroups')}
        </Text>
      </Breadcrumbs>

      <Stack gap="xs">
        <Title order={1}>{group.name}</Title>
        <Group gap="sm">
          <Badge variant="light" color="grape">
            {t(`enums.WorkingGroupKind.${group.kind}`)}
          </Badge>
          {group.countryCode && (
            <Text size="sm" c="dimmed">
              {labelColon(t('workingGroup.country'), i18n.language)}
              {country(group.countryCode)}
            </Text>
          )}
          {group.region && (
            <Text size="sm" c="dimmed">
              {labelColon(t('workingGroup.region'), i18n.language)}
              {group.region}
            </Text>
          )}
          <Anchor component={Link} to={`/working-groups/${group.id}/workplans`} size="sm">
            {tw('list.link')}
          </Anchor>
          <Anchor component={Link} to={`/working-groups/${group.id}/members`} size="sm">
            {group.viewerCan.manageMembers ? to('group.manageLink') : to('group.membersLink')}
          </Anchor>
        </Group>
      </Stack>

      <section aria-labelledby="wg-members-title">
        <Stack gap="sm">
          <Title id="wg-members-title" order={2} fz="h3">
            {t('workingGroup.members')}
          </Title>
          {members.length === 0 ? (
            <Text c="dimmed">{t('workingGroup.noMembers')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table
                data-testid="wg-members"
                striped
                highlightOnHover
                verticalSpacing="sm"
                aria-labelledby="wg-members-title"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('workingGroup.columns.organisation')}</Table.Th>
                    <Table.Th scope="col">{t('workingGroup.columns.kind')}</Table.Th>
                    <Table.Th scope="col">{t('workingGroup.columns.country')}</Table.Th>
                    <Table.Th scope="col">{t('workingGroup.columns.role')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {members.map((member) => (
                    <Table.Tr key={member.id}>
                      <Table.Th scope="row" fw={500}>
                        <Anchor component={Link} to={`/organisations/${member.organisation.id}`}>
                          {member.organisation.name}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{t(`enums.OrganisationKind.${member.organisation.kind}`)}</Table.Td>
                      <Table.Td>{country(member.organisation.countryCode)}</Table.Td>
                      <Table.Td>
                        <Badge variant="outline" color={ROLE_COLORS[member.role]}>
                          {t(`enums.WorkingGroupRole.${member.role}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </section>
    </Stack>
  );
}
