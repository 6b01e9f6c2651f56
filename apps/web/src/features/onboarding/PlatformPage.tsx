import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { all, email, required, useAppForm } from '../../components/form/index.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { APP_LANGUAGES, toAppLanguage, type AppLanguage } from '../../i18n/language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { OrganisationFields, organisationInitialValues, organisationInput } from './OrganisationFields.tsx';
import { PlatformOutbox } from './PlatformOutbox.tsx';
import { countryName } from '../../lib/format.ts';

const PlatformPage_Organisations = graphql(`
  query PlatformPage_Organisations {
    platformOrganisations(limit: 200) {
      id
      name
      kind
      countryCode
      hostInstitution {
        id
        name
      }
    }
  }
`);

const PlatformPage_Create = graphql(`
  mutation PlatformPage_Create($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
        name
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

const PlatformPage_SetHost = graphql(`
  mutation PlatformPage_SetHost($input: SetHostInstitutionInput!) {
    setHostInstitution(input: $input) {
      organisation {
        id
        hostInstitution {
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

/** Platform administration: every organisation, a new one with its first admin, host institutions. */
export function PlatformPage() {
  const { t, i18n } = useTranslation();
  const { t: to } = useTranslation('onboarding');
  usePageTitle(to('platform.title'));
  const { data, error, loading, refetch } = useQuery(PlatformPage_Organisations);
  const [create, { loading: creating }] = useMutation(PlatformPage_Create);
  const [setHost] = useMutation(PlatformPage_SetHost);
  const [created, setCreated] = useState<{ name: string; invitationSent: boolean } | null>(null);
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: {
      ...organisationInitialValues,
      hostOrganisationId: '' as string,
      adminEmail: '',
      adminName: '',
      locale: (toAppLanguage(i18n.resolvedLanguage) ?? 'es') as AppLanguage,
    },
    rules: { name: required, adminEmail: all(required, email), adminName: required },
  });

  if (loading && !data) return <PageLoader />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const organisations = data.platformOrganisations;
  const hosts = organisations.filter((o) => o.kind === 'NHRI').map((o) => ({ value: o.id, label: o.name }));

  const submit = handleSubmit(async (values) => {
    setCreated(null);
    let result: { name: string; invitationSent: boolean } | null = null;
    const ok = await submitPayload(async () => {
      const { data: answer } = await create({
        // The first admin's invitation is in the platform's outbox below.
        refetchQueries: ['PlatformOutbox_Mail'],
        variables: {
          input: {
            ...organisationInput(values),
            hostOrganisationId:
              values.kind === 'NPM' || values.kind === 'LOCAL_PM' ? values.hostOrganisationId || null : null,
            adminEmail: values.adminEmail.trim(),
            adminName: values.adminName.trim(),
            locale: values.locale,
          },
        },
      });
      const payload = answer?.createOrganisation;
      if (payload?.organisation) result = { name: payload.organisation.name, invitationSent: payload.invitationSent };
      return payload?.userErrors;
    });
    if (!ok || !result) return;
    setCreated(result);
    form.reset();
    await refetch();
  });

  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap={4}>
        <Title order={1}>{to('platform.title')}</Title>
        <Text c="dimmed">{to('platform.intro')}</Text>
        <Anchor component={Link} to="/platform/join-requests">
          {to('platform.joinRequestsLink')}
        </Anchor>
      </Stack>

      <section aria-labelledby="platform-create">
        <Stack gap="sm" maw={560}>
          <Title order={2} fz="h3" id="platform-create">
            {to('platform.create.title')}
          </Title>
          {created && (
            <Alert color="teal" role="status" title={to('platform.create.done', { name: created.name })}>
              {created.invitationSent ? to('platform.create.invited') : to('platform.create.notified')}
            </Alert>
          )}
          {problems}
          <form onSubmit={submit} noValidate aria-labelledby="platform-create">
            <Stack gap="sm">
              <OrganisationFields form={form} />
              {(form.getValues().kind === 'NPM' || form.getValues().kind === 'LOCAL_PM') && (
                <Select
                  label={to('fields.host')}
                  description={to('fields.hostHint')}
                  data={hosts}
                  clearable
                  {...form.getInputProps('hostOrganisationId')}
                />
              )}
              <TextInput
                label={to('fields.adminEmail')}
                type="email"
                required
                autoComplete="off"
                {...form.getInputProps('adminEmail')}
              />
              <TextInput
                label={to('fields.adminName')}
                required
                autoComplete="off"
                {...form.getInputProps('adminName')}
              />
              <Select
                label={to('fields.language')}
                data={APP_LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
                allowDeselect={false}
                {...form.getInputProps('locale')}
              />
              <Button type="submit" loading={creating}>
                {to('platform.create.submit')}
              </Button>
            </Stack>
          </form>
        </Stack>
      </section>

      <section aria-labelledby="platform-organisations">
        <Stack gap="sm">
          <Title order={2} fz="h3" id="platform-organisations">
            {to('platform.organisations')}
          </Title>
          <Table.ScrollContainer minWidth={320}>
            <Table
              striped
              verticalSpacing="sm"
              aria-labelledby="platform-organisations"
              data-testid="platform-organisations"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{to('fields.name')}</Table.Th>
                  <Table.Th scope="col">{to('fields.kind')}</Table.Th>
                  <Table.Th scope="col">{to('fields.host')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organisations.map((organisation) => (
                  <Table.Tr key={organisation.id}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`/organisations/${organisation.id}`}>
                        {organisation.name}
                      </Anchor>{' '}
                      {organisation.countryCode && (
                        <Badge variant="light">{countryName(organisation.countryCode, i18n.language)}</Badge>
                      )}
                    </Table.Th>
                    <Table.Td>{t(`enums.OrganisationKind.${organisation.kind}`)}</Table.Td>
                    <Table.Td>
                      {organisation.kind === 'NPM' || organisation.kind === 'LOCAL_PM' ? (
                        <Group gap="xs" wrap="nowrap">
                          <Select
                            aria-label={to('platform.hostOf', { name: organisation.name })}
                            data={hosts.filter((h) => h.value !== organisation.id)}
                            value={organisation.hostInstitution?.id ?? null}
                            clearable
                            size="xs"
                            onChange={(value) =>
                              void setHost({
                                variables: { input: { organisationId: organisation.id, hostOrganisationId: value } },
                              })
                            }
                          />
                        </Group>
                      ) : (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </section>

      <PlatformOutbox />
    </Stack>
  );
}
