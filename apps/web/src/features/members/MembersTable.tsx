import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { MembersTable_MembershipFragment } from '../../__generated__/graphql.ts';
import { isRole, ROLES, type Role } from '../../lib/enums.ts';
import { formatDate } from '../../lib/format.ts';
import { userErrorMessageKey } from '../../lib/user-errors.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';

graphql(`
  fragment MembersTable_Membership on Membership {
    id
    role
    createdAt
    user {
      id
      displayName
      email
    }
  }
`);

const MembersTable_ChangeMemberRole = graphql(`
  mutation MembersTable_ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      membership {
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

const MembersTable_RemoveMember = graphql(`
  mutation MembersTable_RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      removedMembershipId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Member = MembersTable_MembershipFragment;
type Feedback = { readonly tone: 'success' | 'error'; readonly text: string };

interface Props {
  members: readonly Member[];
  canManage: boolean;
  /** The signed-in user, who cannot remove themselves here. */
  viewerId: string;
  onChanged: () => void;
}

export function MembersTable({ members, canManage, viewerId, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [changeRole, { loading: changingRole }] = useMutation(MembersTable_ChangeMemberRole);
  const [removeMember, { loading: removing }] = useMutation(MembersTable_RemoveMember);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [pendingRemoval, setPendingRemoval] = useState<Member | null>(null);

  const sorted = [...members].sort((a, b) =>
    a.user.displayName.localeCompare(b.user.displayName, i18n.language, { sensitivity: 'base' }),
  );

  const handleRoleChange = async (member: Member, role: Role) => {
    if (role === member.role) return;
    setFeedback(null);
    try {
      const { data } = await changeRole({ variables: { input: { membershipId: member.id, role } } });
      const errors = data?.changeMemberRole.userErrors ?? [];
      const [first] = errors;
      if (first) {
        setFeedback({ tone: 'error', text: t(userErrorMessageKey(first.code)) });
        return;
      }
      setFeedback({
        tone: 'success',
        text: t('members.roleChanged', { name: member.user.displayName, role: t(`enums.Role.${role}`) }),
      });
      onChanged();
    } catch {
      setFeedback({ tone: 'error', text: t('errors.network') });
    }
  };

  const handleRemove = async (member: Member) => {
    setFeedback(null);
    try {
      const { data } = await removeMember({ variables: { input: { membershipId: member.id } } });
      const [first] = data?.removeMember.userErrors ?? [];
      if (first) {
        setFeedback({ tone: 'error', text: t(userErrorMessageKey(first.code)) });
      } else {
        setFeedback({ tone: 'success', text: t('members.removed', { name: member.user.displayName }) });
        onChanged();
      }
    } catch {
      setFeedback({ tone: 'error', text: t('errors.network') });
    } finally {
      setPendingRemoval(null);
    }
  };

  return (
    <Stack gap="sm">
      {feedback && (
        <Alert
          color={feedback.tone === 'success' ? 'teal' : 'red'}
          role={feedback.tone === 'success' ? 'status' : 'alert'}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setFeedback(null)}
        >
          {feedback.text}
        </Alert>
      )}

      {sorted.length === 0 ? (
        <Text c="dimmed">{t('members.empty')}</Text>
      ) : (
        <ResponsiveTable
          rows={sorted}
          rowKey={(member) => member.id}
          caption={t('members.caption', { count: sorted.length })}
          testId="org-members"
          minWidth={canManage ? 720 : 560}
          head={{
            header: t('members.columns.name'),
            cell: (member) => (
              <Group gap="xs" wrap="nowrap">
                {member.user.displayName}
                {member.user.id === viewerId && (
                  <Badge size="xs" variant="light">
                    {t('members.you')}
                  </Badge>
                )}
              </Group>
            ),
          }}
          columns={[
            {
              header: t('members.columns.email'),
              wide: true,
              cell: (member) => <span style={{ overflowWrap: 'anywhere' }}>{member.user.email}</span>,
            },
            {
              header: t('members.columns.role'),
              cell: (member) =>
                canManage ? (
                  <Select
                    size="xs"
                    w={170}
                    maw="100%"
                    aria-label={t('members.roleOf', { name: member.user.displayName })}
                    data={ROLES.map((role) => ({ value: role, label: t(`enums.Role.${role}`) }))}
                    value={member.role}
                    allowDeselect={false}
                    disabled={changingRole}
                    onChange={(value) => {
                      if (isRole(value)) void handleRoleChange(member, value);
                    }}
                  />
                ) : (
                  t(`enums.Role.${member.role}`)
                ),
            },
            { header: t('members.columns.since'), cell: (member) => formatDate(member.createdAt, i18n.language) },
            ...(canManage
              ? [
                  {
                    header: t('members.columns.actions'),
                    unlabelled: true,
                    wide: true,
                    cell: (member: Member) =>
                      member.user.id !== viewerId && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={t('members.removeNamed', { name: member.user.displayName })}
                          onClick={() => setPendingRemoval(member)}
                        >
                          {t('members.remove')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}

      <Modal
        opened={pendingRemoval !== null}
        onClose={() => setPendingRemoval(null)}
        title={pendingRemoval ? t('members.confirmRemoveTitle', { name: pendingRemoval.user.displayName }) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        {pendingRemoval && (
          <Stack gap="lg">
            <Text size="sm">{t('members.confirmRemoveBody', { name: pendingRemoval.user.displayName })}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setPendingRemoval(null)}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={removing} onClick={() => void handleRemove(pendingRemoval)}>
                {t('members.confirmRemove')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
