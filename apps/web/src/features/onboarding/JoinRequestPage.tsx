import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { all, email, maxLength, required, useAppForm } from '../../components/form/index.ts';
import { toAppLanguage } from '../../i18n/language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { LanguageSwitcher } from '../shell/LanguageSwitcher.tsx';
import { OrganisationFields, organisationInitialValues, organisationInput } from './OrganisationFields.tsx';

const JoinRequestPage_Request = graphql(`
  mutation JoinRequestPage_Request($input: RequestToJoinInput!) {
    requestToJoin(input: $input) {
      received
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Signed out: an organisation asks to join the platform; a platform administrator decides. */
export function JoinRequestPage() {
  const { t, i18n } = useTranslation('onboarding');
  usePageTitle(t('join.title'));
  const [request, { loading }] = useMutation(JoinRequestPage_Request);
  const [received, setReceived] = useState(false);
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { ...organisationInitialValues, contactName: '', contactEmail: '', message: '' },
    rules: { name: required, contactName: required, contactEmail: all(required, email), message: maxLength(2000) },
  });

  const submit = handleSubmit(async (values) => {
    const ok = await submitPayload(async () => {
      const { data } = await request({
        variables: {
          input: {
            ...organisationInput(values),
            contactName: values.contactName.trim(),
            contactEmail: values.contactEmail.trim(),
            message: values.message.trim() || null,
            locale: toAppLanguage(i18n.resolvedLanguage) ?? 'es',
          },
        },
      });
      return data?.requestToJoin.userErrors;
    });
    if (ok) setReceived(true);
  });

  return (
    <Box component="main" mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group justify="flex-end" p="md">
        <LanguageSwitcher />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={560}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} fz="h2">
                {t('join.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('join.intro')}
              </Text>
            </Stack>
            {received ? (
              <Alert color="teal" role="status" title={t('join.receivedTitle')}>
                {t('join.received')}
              </Alert>
            ) : (
              <>
                {problems}
                <form onSubmit={submit} noValidate aria-label={t('join.title')}>
                  <Stack gap="sm">
                    <OrganisationFields form={form} />
                    <TextInput
                      label={t('fields.contactName')}
                      required
                      autoComplete="name"
                      {...form.getInputProps('contactName')}
                    />
                    <TextInput
                      label={t('fields.contactEmail')}
                      description={t('fields.contactEmailHint')}
                      type="email"
                      required
                      autoComplete="email"
                      {...form.getInputProps('contactEmail')}
                    />
                    <Textarea label={t('fields.message')} autosize minRows={3} {...form.getInputProps('message')} />
                    <Button type="submit" loading={loading}>
                      {t('join.submit')}
                    </Button>
                  </Stack>
                </form>
              </>
            )}
            <Anchor component={Link} to="/signin" size="sm">
              {t('join.signIn')}
            </Anchor>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
