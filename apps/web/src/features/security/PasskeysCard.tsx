import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { required, useAppForm } from '../../components/form/index.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { passkeyRegistration } from './passkey-ceremony.ts';

const PasskeysCard_List = graphql(`
  query PasskeysCard_List {
    twoFactorStatus {
      passkeys {
        id
        name
        createdAt
        lastUsedAt
      }
    }
  }
`);

const PasskeysCard_Start = graphql(`
  mutation PasskeysCard_Start {
    startPasskeyRegistration {
      optionsJson
      userErrors {
        code
      }
    }
  }
`);

const PasskeysCard_Add = graphql(`
  mutation PasskeysCard_Add($input: AddPasskeyInput!) {
    addPasskey(input: $input) {
      passkey {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const PasskeysCard_Remove = graphql(`
  mutation PasskeysCard_Remove($input: RemovePasskeyInput!) {
    removePasskey(input: $input) {
      removedId
    }
  }
`);

/** Known reasons a passkey could not be added or used, in the passkeys namespace. */
export const PASSKEY_PROBLEMS = [
  'cancelled',
  'unsupported',
  'INVALID_CODE',
  'RATE_LIMITED',
  'NOT_ENROLLED',
  'PASSKEY_UNAVAILABLE',
  'ALREADY_ENROLLED',
] as const;
export type PasskeyProblem = (typeof PASSKEY_PROBLEMS)[number] | 'unknown';

export function passkeyProblem(code: string | undefined): PasskeyProblem {
  return PASSKEY_PROBLEMS.find((known) => known === code) ?? 'unknown';
}

/** The person's passkeys (decision 0037): a faster second step on this device; the app remains the fallback. */
export function PasskeysCard() {
  const { t, i18n } = useTranslation('passkeys');
  const list = useQuery(PasskeysCard_List, { fetchPolicy: 'network-only' });
  const [start] = useMutation(PasskeysCard_Start);
  const [add] = useMutation(PasskeysCard_Add);
  const [remove] = useMutation(PasskeysCard_Remove);
  const [problem, setProblem] = useState<PasskeyProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const { form, handleSubmit } = useAppForm({ initialValues: { name: '' }, rules: { name: required } });
  const passkeys = list.data?.twoFactorStatus?.passkeys ?? [];
  const reload = () => void list.refetch().catch(() => undefined);

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    setBusy(true);
    try {
      const { data } = await start();
      const options = data?.startPasskeyRegistration;
      if (!options?.optionsJson) return setProblem(passkeyProblem(options?.userErrors[0]?.code));
      const ceremony = await passkeyRegistration(options.optionsJson);
      if ('refused' in ceremony) return setProblem(ceremony.refused);
      const { data: added } = await add({
        variables: { input: { name: values.name.trim(), responseJson: ceremony.responseJson } },
      });
      if (!added?.addPasskey.passkey) return setProblem(passkeyProblem(added?.addPasskey.userErrors[0]?.code));
      form.reset();
      reload();
    } catch {
      setProblem('unknown');
    } finally {
      setBusy(false);
    }
  });

  return (
    <Card withBorder radius="md" padding="lg" data-testid="passkeys">
      <Stack gap="md">
        <Title order={2} fz="h3">
          {t('title')}
        </Title>
        <Text size="sm">{t('intro')}</Text>
        {passkeys.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('none')}
          </Text>
        ) : (
          <List listStyleType="none" spacing="xs" aria-label={t('listLabel')}>
            {passkeys.map((passkey) => (
              <List.Item key={passkey.id}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <div>
                    <Text fw={600}>{passkey.name}</Text>
                    <Text size="xs" c="dimmed">
                      {passkey.lastUsedAt
                        ? t('lastUsed', { date: formatDateTime(passkey.lastUsedAt, i18n.language) })
                        : t('added', { date: formatDateTime(passkey.createdAt, i18n.language) })}
                    </Text>
                  </div>
                  <Button
                    variant="default"
                    size="xs"
                    aria-label={t('removeNamed', { name: passkey.name })}
                    onClick={() =>
                      void remove({ variables: { input: { id: passkey.id } } })
                        .then(reload)
                        .catch(() => setProblem('unknown'))
                    }
                  >
                    {t('remove')}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <ErrorAlert title={t('failed')} messages={problem ? [t(`problems.${problem}`)] : []} />
            <TextInput
              label={t('name')}
              description={t('nameHint')}
              required
              maxLength={100}
              {...form.getInputProps('name')}
            />
            <Group>
              <Button type="submit" loading={busy}>
                {t('add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
