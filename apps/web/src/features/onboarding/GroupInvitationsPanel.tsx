import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';

const GroupInvitationsPanel_Invitations = graphql(`
  query GroupInvitationsPanel_Invitations {
    me {
      workingGroupInvitations {
        id
        workingGroupName
        workingGroupKind
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);

const GroupInvitationsPanel_Respond = graphql(`
  mutation GroupInvitationsPanel_Respond($input: RespondToWorkingGroupInvitationInput!) {
    respondToWorkingGroupInvitation(input: $input) {
      member {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Invitations of the organisations the person administers to working groups: accept or decline. */
export function GroupInvitationsPanel() {
  const { t } = useTranslation();
  const { t: to } = useTranslation('onboarding');
  const { data, refetch } = useQuery(GroupInvitationsPanel_Invitations, { fetchPolicy: 'cache-and-network' });
  const [respond, { loading }] = useMutation(GroupInvitationsPanel_Respond);
  const invitations = data?.me?.workingGroupInvitations ?? [];
  if (invitations.length === 0) return null;
  const answer = async (id: string, accept: boolean) => {
    await respond({ variables: { input: { id, accept } } });
    await refetch();
    // The shell's list of working groups (and what the person reads through them) changed.
    if (accept) window.location.reload();
  };
  return (
    <section aria-labelledby="group-invitations">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="group-invitations">
          {to('invitations.title')}
        </Title>
        {invitations.map((invitation) => (
          <Card key={invitation.id} withBorder padding="sm">
            <Stack gap="xs">
              <Text size="sm">
                {to('invitations.text', {
                  organisation: invitation.organisation.name,
                  group: invitation.workingGroupName,
                  role: t(`enums.WorkingGroupRole.${invitation.role}`),
                })}
              </Text>
              <Group gap="sm">
                <Button size="xs" loading={loading} onClick={() => void answer(invitation.id, true)}>
                  {to('invitations.accept')}
                </Button>
                <Button size="xs" variant="outline" loading={loading} onClick={() => void answer(invitation.id, false)}>
                  {to('invitations.decline')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
    </section>
  );
}
