import { useMutation } from '@apollo/client/react';
import { Button, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { required, useAppForm } from '../../components/form/index.ts';
import { WORKING_GROUP_KINDS, type WorkingGroupKind } from '../../lib/enums.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useShell } from '../shell/ShellContext.tsx';

const NewWorkingGroupPage_Create = graphql(`
  mutation NewWorkingGroupPage_Create($input: CreateWorkingGroupInput!) {
    createWorkingGroup(input: $input) {
      workingGroup {
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

/** An organisation's ADMIN starts a working group; the organisation chairs it and invites the others. */
export function NewWorkingGroupPage() {
  const { t } = useTranslation();
  const { t: to } = useTranslation('onboarding');
  usePageTitle(to('newGroup.title'));
  const { current } = useShell();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(NewWorkingGroupPage_Create);
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: {
      name: '',
      kind: 'NATIONAL_WORKING_GROUP' as WorkingGroupKind,
      countryCode: current?.organisation.countryCode ?? '',
      region: '',
    },
    rules: { name: required },
  });
  const organisation = current?.organisation;

  const submit = handleSubmit(async (values) => {
    if (!organisation) return;
    let id: string | null = null;
    const ok = await submitPayload(async () => {
      const { data } = await create({
        variables: {
          input: {
            organisationId: organisation.id,
            name: values.name.trim(),
            kind: values.kind,
            countryCode: values.countryCode.trim().toUpperCase() || null,
            region: values.region.trim() || null,
          },
        },
      });
      id = data?.createWorkingGroup.workingGroup?.id ?? null;
      return data?.createWorkingGroup.userErrors;
    });
    if (ok && id) await navigate(`/working-groups/${id}/members`);
  });

  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>{to('newGroup.title')}</Title>
      <Text c="dimmed">{to('newGroup.intro', { name: organisation?.name ?? '' })}</Text>
      {problems}
      <form onSubmit={submit} noValidate aria-label={to('newGroup.title')}>
        <Stack gap="sm">
          <TextInput label={to('fields.groupName')} required {...form.getInputProps('name')} />
          <Select
            label={to('fields.groupKind')}
            data={WORKING_GROUP_KINDS.map((value) => ({ value, label: t(`enums.WorkingGroupKind.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={to('fields.country')}
            description={to('fields.countryHint')}
            maxLength={2}
            {...form.getInputProps('countryCode')}
          />
          <TextInput label={to('fields.region')} {...form.getInputProps('region')} />
          <Button type="submit" loading={loading}>
            {to('newGroup.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
