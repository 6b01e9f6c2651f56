import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { all, email, required, useAppForm } from '../../components/form/index.ts';
import { ROLES, type Role } from '../../lib/enums.ts';
import { APP_LANGUAGES, toAppLanguage, type AppLanguage } from '../../i18n/language.ts';

const AddMemberForm_AddMember = graphql(`
  mutation AddMemberForm_AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      membership {
        ...MembersTable_Membership
      }
      invitationSent
      userErrors {
        field
        code
        message
      }
    }
  }
`);

interface Added {
  readonly name: string;
  readonly email: string;
  /** A new account (or one never activated): an invitation link went out by e-mail. */
  readonly invitationSent: boolean;
}

export function AddMemberForm({
  organisationId,
  onAdded,
  canReadOutbox,
}: {
  organisationId: string;
  onAdded: () => void;
  /** The viewer may open the organisation's outbox (where mail waits when no SMTP server is set). */
  canReadOutbox: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { t: tm } = useTranslation('mail');
  const [addMember, { loading }] = useMutation(AddMemberForm_AddMember);
  const [added, setAdded] = useState<Added | null>(null);
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: {
      email: '',
      displayName: '',
      role: 'VIEWER' as Role,
      locale: (toAppLanguage(i18n.resolvedLanguage) ?? 'es') as AppLanguage,
    },
    rules: { email: all(required, email), displayName: required },
  });

  const submit = handleSubmit(async (values) => {
    setAdded(null);
    let result: Added | null = null;
    const ok = await submitPayload(async () => {
      const { data } = await addMember({
        variables: {
          input: {
            organisationId,
            email: values.email.trim(),
            displayName: values.displayName.trim(),
            role: values.role,
            locale: values.locale,
          },
        },
      });
      const payload = data?.addMember;
      const membership = payload?.membership;
      if (membership) {
        result = {
          name: membership.user.displayName,
          email: membership.user.email,
          invitationSent: payload.invitationSent,
        };
      }
      return payload?.userErrors;
    });
    if (!ok || !result) return;
    setAdded(result);
    form.reset();
    onAdded();
  });

  return (
    <Stack gap="md">
      <Title order={2} fz="h4" id="add-member-title">
        {t('members.add.title')}
      </Title>

      {added && (
        <Alert color="teal" role="status" title={t('members.add.added', { name: added.name })}>
          <Stack gap={4}>
            <Text size="sm">
              {added.invitationSent
                ? tm('invite.sent', { email: added.email })
                : tm('invite.notified', { email: added.email })}
            </Text>
            {canReadOutbox && (
              <Text size="sm">
                {tm('invite.outboxHint')}{' '}
                <Anchor component={Link} to="/organisation/outbox">
                  {tm('invite.openOutbox')}
                </Anchor>
              </Text>
            )}
          </Stack>
        </Alert>
      )}

      {problems}

      <form onSubmit={submit} noValidate aria-labelledby="add-member-title">
        <Stack gap="sm">
          <TextInput
            label={t('members.add.email')}
            type="email"
            name="email"
            autoComplete="off"
            required
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('members.add.displayName')}
            description={t('members.add.displayNameHint')}
            name="displayName"
            autoComplete="off"
            required
            {...form.getInputProps('displayName')}
          />
          <Select
            label={t('members.add.role')}
            data={ROLES.map((value) => ({ value, label: t(`enums.Role.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
          <Select
            label={tm('invite.language')}
            data={APP_LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('locale')}
          />
          <Button type="submit" loading={loading} mt="xs">
            {t('members.add.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
