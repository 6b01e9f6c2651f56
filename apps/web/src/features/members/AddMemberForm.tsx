import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, CopyButton, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { all, email, required, useAppForm } from '../../components/form/index.ts';
import { ROLES, type Role } from '../../lib/enums.ts';

const AddMemberForm_AddMember = graphql(`
  mutation AddMemberForm_AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      membership {
        ...MembersTable_Membership
      }
      temporaryPassword
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
  /** Only for accounts created just now; shown once. */
  readonly temporaryPassword: string | null;
}

export function AddMemberForm({ organisationId, onAdded }: { organisationId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [addMember, { loading }] = useMutation(AddMemberForm_AddMember);
  const [added, setAdded] = useState<Added | null>(null);
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { email: '', displayName: '', role: 'VIEWER' as Role },
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
          },
        },
      });
      const payload = data?.addMember;
      const membership = payload?.membership;
      if (membership) {
        result = {
          name: membership.user.displayName,
          email: membership.user.email,
          temporaryPassword: payload.temporaryPassword,
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
          {added.temporaryPassword ? (
            <Stack gap="xs">
              <Text size="sm">{t('members.add.temporaryPasswordHint', { email: added.email })}</Text>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={500}>
                  {t('members.add.temporaryPassword')}:
                </Text>
                <Code fz="sm" data-testid="temporary-password" style={{ whiteSpace: 'nowrap' }}>
                  {added.temporaryPassword}
                </Code>
                <CopyButton value={added.temporaryPassword}>
                  {({ copied, copy }) => (
                    <Button size="compact-xs" variant="light" color={copied ? 'teal' : 'gray'} onClick={copy}>
                      {copied ? t('members.add.copied') : t('members.add.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          ) : (
            <Text size="sm">{t('members.add.existingAccount')}</Text>
          )}
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
          <Button type="submit" loading={loading} mt="xs">
            {t('members.add.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
