import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { LocalDateInput, localDate, required, useAppForm } from '../../components/form/index.ts';

const AddActionForm_Add = graphql(`
  mutation AddActionForm_Add($input: AddActionInput!) {
    addAction(input: $input) {
      action {
        ...WorkplanPage_Action
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

interface Props {
  priorities: readonly { id: string; title: string }[];
  organisations: readonly { id: string; name: string }[];
}

export function AddActionForm({ priorities, organisations }: Props) {
  const { t } = useTranslation('workplan');
  const [add, { loading }] = useMutation(AddActionForm_Add, { refetchQueries: ['WorkplanPage_Workplan'] });
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: {
      priorityId: priorities[0]?.id ?? null,
      title: '',
      responsibleOrganisationId: null as string | null,
      dueDate: '',
      jointCommitment: false,
    },
    rules: { priorityId: required, title: required, responsibleOrganisationId: required, dueDate: localDate },
  });

  const submit = handleSubmit(async (values) => {
    const { priorityId, responsibleOrganisationId } = values;
    if (!priorityId || !responsibleOrganisationId) return;
    const ok = await submitPayload(async () => {
      const input = {
        priorityId,
        title: values.title.trim(),
        responsibleOrganisationId,
        dueDate: values.dueDate || null,
        jointCommitment: values.jointCommitment,
      };
      const { data } = await add({ variables: { input } });
      return data?.addAction.userErrors;
    });
    // The next action most often goes to the same priority and organisation.
    if (ok) form.setValues({ title: '', dueDate: '', jointCommitment: false });
  });

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} fz="h4">
          {t('actions.add')}
        </Title>
        {problems}
        <Select
          label={t('fields.priorityId')}
          required
          allowDeselect={false}
          data={priorities.map((p) => ({ value: p.id, label: p.title }))}
          {...form.getInputProps('priorityId')}
        />
        <TextInput label={t('fields.title')} required {...form.getInputProps('title')} />
        <Select
          label={t('fields.responsibleOrganisationId')}
          required
          data={organisations.map((o) => ({ value: o.id, label: o.name }))}
          {...form.getInputProps('responsibleOrganisationId')}
        />
        <Group grow align="flex-end">
          <LocalDateInput label={t('fields.dueDate')} {...form.getInputProps('dueDate')} />
          <Checkbox
            label={t('fields.jointCommitment')}
            mb={8}
            {...form.getInputProps('jointCommitment', { type: 'checkbox' })}
          />
        </Group>
        <Button type="submit" loading={loading}>
          {t('actions.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
