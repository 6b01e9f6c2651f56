import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { required, useAppForm } from '../../components/form/index.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { WORKING_GROUP_ROLES, type WorkingGroupRole } from '../../lib/enums.ts';
import { userErrorMessageKey } from '../../lib/user-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';

const WorkingGroupMembersPage_Group = graphql(`
  query WorkingGroupMembersPage_Group($id: ID!) {
    workingGroup(id: $id) {
      id
      name
      viewerCan {
        manageMembers
      }
      members {
        id
        role
        viewerCanRemove
        organisation {
          id
          name
          kind
        }
      }
      invitations {
        id
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);

const WorkingGroupMembersPage_Directory = graphql(`
  query WorkingGroupMembersPage_Directory($search: String!) {
    organisationDirectory(search: $search, limit: 20) {
      id
      name
      kind
    }
  }
`);

const WorkingGroupMembersPage_Invite = graphql(`
  mutation WorkingGroupMembersPage_Invite($input: InviteToWorkingGroupInput!) {
    inviteToWorkingGroup(input: $input) {
      invitation {
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

const WorkingGroupMembersPage_Standing = graphql(`
  mutation WorkingGroupMembersPage_Standing($input: SetWorkingGroupStandingInput!) {
    setWorkingGroupStanding(input: $input) {
      member {
        id
        role
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const WorkingGroupMembersPage_Remove = graphql(`
  mutation WorkingGroupMembersPage_Remove($input: RemoveFromWorkingGroupInput!) {
    removeFromWorkingGroup(input: $input) {
      removedOrganisationId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** A working group's member organisations: the chair invites, sets standing and removes; a member may leave. */
export function WorkingGroupMembersPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { t: to } = useTranslation('onboarding');
  const { data, error, loading, refetch } = useQuery(WorkingGroupMembersPage_Group, { variables: { id } });
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const directory = useQuery(WorkingGroupMembersPage_Directory, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  const [invite, { loading: inviting }] = useMutation(WorkingGroupMembersPage_Invite);
  const [setStanding] = useMutation(WorkingGroupMembersPage_Standing);
  const [remove] = useMutation(WorkingGroupMembersPage_Remove);
  const [notice, setNotice] = useState<string | null>(null);
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { organisationId: '', role: 'MEMBER' as WorkingGroupRole },
    rules: { organisationId: required },
  });
  const group = data?.workingGroup;
  usePageTitle(group ? to('group.title', { name: group.name }) : undefined);

  if (loading && !group) return <PageLoader />;
  if (!group) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const manage = group.viewerCan.manageMembers;

  const report = (errors: readonly { code: string }[] | undefined, success: string) => {
    setNotice(errors && errors.length ? t(userErrorMessageKey(errors[0]!.code)) : success);
  };

  const submit = handleSubmit(async (values) => {
    const ok = await submitPayload(async () => {
      const { data: answer } = await invite({
        variables: { input: { workingGroupId: group.id, organisationId: values.organisationId, role: values.role } },
      });
      return answer?.inviteToWorkingGroup.userErrors;
    });
    if (!ok) return;
    setNotice(to('group.invited'));
    form.reset();
    setSearch('');
    await refetch();
  });

  const options = (directory.data?.organisationDirectory ?? [])
    .filter((o) => !group.members.some((m) => m.organisation.id === o.id))
    .map((o) => ({ value: o.id, label: `${o.name} (${t(`enums.OrganisationKindShort.${o.kind}`)})` }));

  return (
    <Stack gap="lg" maw={1000}>
      <Stack gap={4}>
        <Title order={1}>{to('group.title', { name: group.name })}</Title>
        <Anchor component={Link} to={`/working-groups/${group.id}`}>
          {to('group.back')}
        </Anchor>
      </Stack>
      {notice && (
        <Alert
          color="blue"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}

      <section aria-labelledby="wgm-members">
        <Stack gap="sm">
          <Title order={2} fz="h3" id="wgm-members">
            {to('group.members')}
          </Title>
          <Table.ScrollContainer minWidth={320}>
            <Table striped verticalSpacing="sm" aria-labelledby="wgm-members" data-testid="wgm-members">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{to('fields.organisation')}</Table.Th>
                  <Table.Th scope="col">{to('fields.standing')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{to('group.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {group.members.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Th scope="row" fw={500}>
                      {member.organisation.name}
                    </Table.Th>
                    <Table.Td>
                      {manage ? (
                        <Select
                          size="xs"
                          aria-label={to('group.standingOf', { name: member.organisation.name })}
                          data={WORKING_GROUP_ROLES.map((value) => ({
                            value,
                            label: t(`enums.WorkingGroupRole.${value}`),
                          }))}
                          value={member.role}
                          allowDeselect={false}
                          onChange={(value) =>
                            value &&
                            void setStanding({
                              variables: {
                                input: {
                                  workingGroupId: group.id,
                                  organisationId: member.organisation.id,
                                  role: value as WorkingGroupRole,
                                },
                              },
                            }).then((r) =>
                              report(r.data?.setWorkingGroupStanding.userErrors, to('group.standingChanged')),
                            )
                          }
                        />
                      ) : (
                        t(`enums.WorkingGroupRole.${member.role}`)
                      )}
                    </Table.Td>
                    <Table.Td>
                      {member.viewerCanRemove && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={to('group.removeOrganisation', { name: member.organisation.name })}
                          onClick={() =>
                            void remove({
                              variables: {
                                input: { workingGroupId: group.id, organisationId: member.organisation.id },
                              },
                            }).then(async (r) => {
                              report(r.data?.removeFromWorkingGroup.userErrors, to('group.removed'));
                              await refetch().catch(() => undefined);
                            })
                          }
                        >
                          {to('group.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </section>

      {manage && (
        <section aria-labelledby="wgm-invite">
          <Stack gap="sm" maw={560}>
            <Title order={2} fz="h3" id="wgm-invite">
              {to('group.invite')}
            </Title>
            {group.invitations.length > 0 && (
              <Stack gap={4}>
                <Text fw={500}>{to('group.pending')}</Text>
                {group.invitations.map((invitation) => (
                  <Group key={invitation.id} gap="xs" wrap="wrap">
                    <Text size="sm">
                      {invitation.organisation.name} · {t(`enums.WorkingGroupRole.${invitation.role}`)}
                    </Text>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() =>
                        void remove({
                          variables: {
                            input: { workingGroupId: group.id, organisationId: invitation.organisation.id },
                          },
                        }).then(() => refetch().catch(() => undefined))
                      }
                    >
                      {to('group.withdraw')}
                    </Button>
                  </Group>
                ))}
              </Stack>
            )}
            {problems}
            <form onSubmit={submit} noValidate aria-labelledby="wgm-invite">
              <Stack gap="sm">
                <Select
                  label={to('fields.organisation')}
                  description={to('group.searchHint')}
                  searchable
                  searchValue={search}
                  onSearchChange={setSearch}
                  data={options}
                  nothingFoundMessage={debounced.length >= 2 ? to('group.nothingFound') : undefined}
                  required
                  {...form.getInputProps('organisationId')}
                />
                <Select
                  label={to('fields.standing')}
                  data={WORKING_GROUP_ROLES.map((value) => ({ value, label: t(`enums.WorkingGroupRole.${value}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('role')}
                />
                <Button type="submit" loading={inviting}>
                  {to('group.inviteSubmit')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </section>
      )}
    </Stack>
  );
}
