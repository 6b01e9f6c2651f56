import { useMutation } from '@apollo/client/react';
import { Button, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { SortedUserErrors } from '../../lib/user-errors.ts';
import { ErrorAlert, formErrors, NO_ERRORS } from '../../components/records.ts';

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

const FIELDS = ['title', 'description'] as const;

export function AddPriorityForm({ workplanId }: { workplanId: string }) {
  const { t } = useTranslation('workplan');
  const { t: tc } = useTranslation();
  const [add, { loading }] = useMutation(AddPriorityForm_Add, { refetchQueries: ['WorkplanPage_Workplan'] });
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<SortedUserErrors<(typeof FIELDS)[number]>>(NO_ERRORS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      const { data } = await add({ variables: { input: { workplanId, title, description } } });
      if (data?.addPriority.priority) {
        setTitle('');
        setDescription('');
      } else setErrors(formErrors(data?.addPriority.userErrors ?? [], FIELDS));
    } catch {
      setErrors({ byField: {}, general: ['userErrors.UNKNOWN'] });
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <Title order={3} fz="h4">
          {t('priorities.add')}
        </Title>
        <ErrorAlert messages={errors.general.map((key) => tc(key))} />
        <TextInput
          label={t('priorities.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.byField.title && tc(errors.byField.title)}
        />
        <Textarea
          label={t('priorities.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.byField.description && tc(errors.byField.description)}
        />
        <Button type="submit" loading={loading}>
          {t('priorities.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
