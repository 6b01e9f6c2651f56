import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, CopyButton, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { isRole, ROLES, type Role } from '../../lib/enums.ts';
import { sortUserErrors, type SortedUserErrors } from '../../lib/user-errors.ts';

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

const FIELDS = ['email', 'displayName', 'role'] as const;
type Field = (typeof FIELDS)[number];

interface Added {
  readonly name: string;
  readonly email: string;
  /** Only for accounts created just now; shown once. */
  readonly temporaryPassword: string | null;
}

const NO_ERRORS: SortedUserErrors<Field> = { byField: {}, general: [] };

export function AddMemberForm({ organisationId, onAdded }: { organisationId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [addMember, { loading }] = useMutation(AddMemberForm_AddMember);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [errors, setErrors] = useState<SortedUserErrors<Field>>(NO_ERRORS);
  const [networkError, setNetworkError] = useState(false);
  const [added, setAdded] = useState<Added | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setNetworkError(false);
    setAdded(null);
    try {
      const { data } = await addMember({
        variables: { input: { organisationId, email: email.trim(), displayName: displayName.trim(), role } },
      });
      const payload = data?.addMember;
      if (!payload) throw new Error('addMember returned no data');
      if (payload.userErrors.length > 0 || !payload.membership) {
        const sorted = sortUserErrors(payload.userErrors, FIELDS);
        const empty = Object.keys(sorted.byField).length === 0 && sorted.general.length === 0;
        setErrors(empty ? { byField: {}, general: ['userErrors.UNKNOWN'] } : sorted);
        return;
      }
      setAdded({
        name: payload.membership.user.displayName,
        email: payload.membership.user.email,
        temporaryPassword: payload.temporaryPassword,
      });
      setEmail('');
      setDisplayName('');
      setRole('VIEWER');
      onAdded();
    } catch {
      setNetworkError(true);
    }
  };

  const fieldError = (field: Field) => {
    const key = errors.byField[field];
    return key ? t(key) : undefined;
  };

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

      {(errors.general.length > 0 || networkError) && (
        <Alert color="red" role="alert">
          {networkError && <Text size="sm">{t('errors.network')}</Text>}
          {errors.general.map((key) => (
            <Text key={key} size="sm">
              {t(key)}
            </Text>
          ))}
        </Alert>
      )}

      <form onSubmit={(event) => void handleSubmit(event)} aria-labelledby="add-member-title">
        <Stack gap="sm">
          <TextInput
            label={t('members.add.email')}
            type="email"
            name="email"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError('email')}
          />
          <TextInput
            label={t('members.add.displayName')}
            description={t('members.add.displayNameHint')}
            name="displayName"
            autoComplete="off"
            required
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            error={fieldError('displayName')}
          />
          <Select
            label={t('members.add.role')}
            data={ROLES.map((value) => ({ value, label: t(`enums.Role.${value}`) }))}
            value={role}
            allowDeselect={false}
            onChange={(value) => {
              if (isRole(value)) setRole(value);
            }}
            error={fieldError('role')}
          />
          <Button type="submit" loading={loading} mt="xs">
            {t('members.add.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
