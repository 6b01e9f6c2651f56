import { useMutation } from '@apollo/client/react';
import { Button, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { required, useAppForm } from '../../components/form/index.ts';

const AddPriorityForm_Add = graphql(`
  mutation AddPriorityForm_Add($input: AddPriorityInput!) {
    addPriority(input: $input) {
      priority {
        id
        title
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export function AddPriorityForm({ workplanId }: { workplanId: string }) {
  const { t } = useTranslation('workplan');
  const [add, { loading }] = useMutation(AddPriorityForm_Add, { refetchQueries: ['WorkplanPage_Workplan'] });
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { title: '', description: '' },
    rules: { title: required },
  });

  const submit = handleSubmit(async (values) => {
    const ok = await submitPayload(async () => {
      const { data } = await add({
        variables: { input: { workplanId, title: values.title.trim(), description: values.description } },
      });
      return data?.addPriority.userErrors;
    });
    if (ok) form.reset();
  });

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} fz="h4">
          {t('priorities.add')}
        </Title>
        {problems}
        <TextInput label={t('priorities.title')} required {...form.getInputProps('title')} />
        <Textarea label={t('priorities.description')} {...form.getInputProps('description')} />
        <Button type="submit" loading={loading}>
          {t('priorities.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
