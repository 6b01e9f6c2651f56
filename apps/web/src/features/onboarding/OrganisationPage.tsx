import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { countryName } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';

const OrganisationPage_Organisation = graphql(`
  query OrganisationPage_Organisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      countryCode
      npmModel
      hostInstitution {
        id
        name
      }
    }
  }
`);

/** An organisation's public profile; for an NPM, the host institution it sits in (which reads nothing of it). */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { t: to } = useTranslation('onboarding');
  const { data, error, loading, refetch } = useQuery(OrganisationPage_Organisation, { variables: { id } });
  const organisation = data?.organisation;
  usePageTitle(organisation?.name);
  if (loading && !organisation) return <PageLoader />;
  if (!organisation) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  return (
    <Stack gap="md" maw={800}>
      <Title order={1}>{organisation.name}</Title>
      <Group gap="sm">
        <Badge variant="light">{t(`enums.OrganisationKind.${organisation.kind}`)}</Badge>
        <Text size="sm">
          {organisation.countryCode ? countryName(organisation.countryCode, i18n.language) : t('common.international')}
        </Text>
        {organisation.npmModel && <Text size="sm">{t(`enums.NpmModel.${organisation.npmModel}`)}</Text>}
      </Group>
      {organisation.hostInstitution && (
        <Stack gap={4} data-testid="host-institution">
          <Text>
            {to('organisation.host')}{' '}
            <Anchor component={Link} to={`/organisations/${organisation.hostInstitution.id}`}>
              {organisation.hostInstitution.name}
            </Anchor>
          </Text>
          <Text size="sm" c="dimmed">
            {to('organisation.hostGrantsNothing')}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
