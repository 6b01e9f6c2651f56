import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Modal, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { TwoFactorAdminPanel_OrganisationFragment } from '../../__generated__/graphql.ts';
import { securityErrorMessage } from './security-errors.ts';

graphql(`
  fragment TwoFactorAdminPanel_Organisation on Organisation {
    id
    twoFactorRequired
    viewerCanManageTwoFactor
    members {
      id
      twoFactorEnabled
      user {
        id
        displayName
      }
    }
  }
`);

const TwoFactorAdminPanel_SetRequired = graphql(`
  mutation TwoFactorAdminPanel_SetRequired($input: SetTwoFactorRequiredInput!) {
    setTwoFactorRequired(input: $input) {
      organisation {
        id
        twoFactorRequired
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const TwoFactorAdminPanel_Reset = graphql(`
  mutation TwoFactorAdminPanel_Reset($input: ResetMemberTwoFactorInput!) {
    resetMemberTwoFactor(input: $input) {
      membership {
        id
        twoFactorEnabled
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Organisation = TwoFactorAdminPanel_OrganisationFragment;
type Member = Organisation['members'][number];
type Feedback = { readonly tone: 'success' | 'error'; readonly text: string };

/** An organisation's admins require two-factor of members, and reset a member's lost authenticator. */
export function TwoFactorAdminPanel({
  organisation,
  viewerId,
  onChanged,
}: {
  organisation: Organisation;
  viewerId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation('security');
  const [setRequired, { loading: saving }] = useMutation(TwoFactorAdminPanel_SetRequired);
  const [reset, { loading: resetting }] = useMutation(TwoFactorAdminPanel_Reset);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [pending, setPending] = useState<Member | null>(null);
  if (!organisation.viewerCanManageTwoFactor) return null;

  const toggle = async (required: boolean) => {
    setFeedback(null);
    try {
      const { data } = await setRequired({ variables: { input: { organisationId: organisation.id, required } } });
      const [first] = data?.setTwoFactorRequired.userErrors ?? [];
      if (first) setFeedback({ tone: 'error', text: securityErrorMessage(t, first.code) });
      else setFeedback({ tone: 'success', text: required ? t('admin.requiredOn') : t('admin.requiredOff') });
    } catch {
      setFeedback({ tone: 'error', text: t('errors.network') });
    }
  };

  const confirmReset = async (member: Member) => {
    setFeedback(null);
    try {
      const { data } = await reset({ variables: { input: { membershipId: member.id } } });
      const [first] = data?.resetMemberTwoFactor.userErrors ?? [];
      if (first) setFeedback({ tone: 'error', text: securityErrorMessage(t, first.code) });
      else {
        setFeedback({ tone: 'success', text: t('admin.resetDone', { name: member.user.displayName }) });
        onChanged();
      }
    } catch {
      setFeedback({ tone: 'error', text: t('errors.network') });
    } finally {
      setPending(null);
    }
  };

  return (
    <Card withBorder radius="md" padding="lg" maw={720} data-testid="two-factor-admin">
      <Stack gap="md">
        <Title order={2} fz="h3">
          {t('admin.title')}
        </Title>
        {feedback && (
          <Alert
            color={feedback.tone === 'success' ? 'teal' : 'red'}
            role={feedback.tone === 'success' ? 'status' : 'alert'}
          >
            {feedback.text}
          </Alert>
        )}
        <Switch
          checked={organisation.twoFactorRequired}
          disabled={saving}
          onChange={(event) => void toggle(event.currentTarget.checked)}
          label={t('admin.requireLabel')}
          description={t('admin.requireDescription')}
        />
        {/* Three short columns fit a phone's card: nothing to scroll (a scrolling region would need focus). */}
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing="xs">
            <Table.Caption>{t('admin.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.member')}</Table.Th>
                <Table.Th scope="col">{t('admin.status')}</Table.Th>
                <Table.Th scope="col">{t('admin.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {organisation.members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Th scope="row" fw={500}>
                    {member.user.displayName}
                  </Table.Th>
                  <Table.Td>
                    <Badge color={member.twoFactorEnabled ? 'teal' : 'gray'} variant="light">
                      {member.twoFactorEnabled ? t('admin.enabled') : t('admin.disabled')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {member.twoFactorEnabled && member.user.id !== viewerId && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('admin.resetLabel', { name: member.user.displayName })}
                        onClick={() => setPending(member)}
                      >
                        {t('admin.reset')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('admin.resetConfirmTitle')}
        closeButtonProps={{ 'aria-label': t('admin.cancel') }}
      >
        {pending && (
          <Stack gap="md">
            <Text size="sm">{t('admin.resetConfirm', { name: pending.user.displayName })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                {t('admin.cancel')}
              </Button>
              <Button color="red.9" loading={resetting} onClick={() => void confirmReset(pending)}>
                {t('admin.reset')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
