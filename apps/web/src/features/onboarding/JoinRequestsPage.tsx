import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { countryName } from '../../lib/format.ts';

const JoinRequestsPage_Queue = graphql(`
  query JoinRequestsPage_Queue {
    joinRequests(status: PENDING, limit: 100) {
      id
      name
      kind
      countryCode
      npmModel
      contactName
      contactEmail
      message
      createdAt
    }
  }
`);

const JoinRequestsPage_Decide = graphql(`
  mutation JoinRequestsPage_Decide($input: DecideJoinRequestInput!) {
    decideJoinRequest(input: $input) {
      joinRequest {
        id
        status
        organisation {
          id
          name
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The platform administrators' queue of requests to join, oldest first. */
export function JoinRequestsPage() {
  const { t, i18n } = useTranslation();
  const { t: to } = useTranslation('onboarding');
  usePageTitle(to('requests.title'));
  const { data, error, loading, refetch } = useQuery(JoinRequestsPage_Queue, { fetchPolicy: 'cache-and-network' });
  const [decide, { loading: deciding }] = useMutation(JoinRequestsPage_Decide);
  const [done, setDone] = useState<string | null>(null);

  if (loading && !data) return <PageLoader />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const answer = async (id: string, name: string, approve: boolean) => {
    const result = await decide({ variables: { input: { id, approve } } });
    if (result.data?.decideJoinRequest.joinRequest) {
      setDone(approve ? to('requests.approved', { name }) : to('requests.rejected', { name }));
    }
    await refetch();
  };

  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <Title order={1}>{to('requests.title')}</Title>
        <Anchor component={Link} to="/platform">
          {to('requests.back')}
        </Anchor>
      </Stack>
      {done && (
        <Alert color="teal" role="status">
          {done}
        </Alert>
      )}
      {data.joinRequests.length === 0 ? (
        <Text c="dimmed">{to('requests.empty')}</Text>
      ) : (
        data.joinRequests.map((request) => (
          <Card key={request.id} withBorder padding="md" component="article" aria-labelledby={`jr-${request.id}`}>
            <Stack gap="xs">
              <Title order={2} fz="h4" id={`jr-${request.id}`}>
                {request.name}
              </Title>
              <Text size="sm">
                {t(`enums.OrganisationKind.${request.kind}`)}
                {request.countryCode ? ` · ${countryName(request.countryCode, i18n.language)}` : ''}
                {request.npmModel ? ` · ${t(`enums.NpmModel.${request.npmModel}`)}` : ''}
              </Text>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {to('requests.contact', { name: request.contactName, email: request.contactEmail })}
              </Text>
              {request.message && (
                <Text size="sm" c="dimmed">
                  {request.message}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {formatDateTime(request.createdAt, i18n.language)}
              </Text>
              <Group gap="sm">
                <Button loading={deciding} onClick={() => void answer(request.id, request.name, true)}>
                  {to('requests.approve')}
                </Button>
                <Button
                  variant="outline"
                  color="red"
                  loading={deciding}
                  onClick={() => void answer(request.id, request.name, false)}
                >
                  {to('requests.reject')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))
      )}
    </Stack>
  );
}
