import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { SortedUserErrors } from '../../lib/user-errors.ts';
import { ErrorAlert, formErrors, NO_ERRORS } from '../../components/records.ts';

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

const FIELDS = ['priorityId', 'title', 'responsibleOrganisationId', 'dueDate'] as const;

interface Props {
  priorities: readonly { id: string; title: string }[];
  organisations: readonly { id: string; name: string }[];
}

export function AddActionForm({ priorities, organisations }: Props) {
  const { t } = useTranslation('workplan');
  const { t: tc } = useTranslation();
  const [add, { loading }] = useMutation(AddActionForm_Add, { refetchQueries: ['WorkplanPage_Workplan'] });
  const [priorityId, setPriorityId] = useState<string | null>(priorities[0]?.id ?? null);
  const [title, setTitle] = useState('');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [joint, setJoint] = useState(false);
  const [errors, setErrors] = useState<SortedUserErrors<(typeof FIELDS)[number]>>(NO_ERRORS);
  const fieldError = (field: (typeof FIELDS)[number]) => {
    const key = errors.byField[field];
    return key && tc(key);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    if (!priorityId || !organisationId) return;
    try {
      const input = {
        priorityId,
        title,
        responsibleOrganisationId: organisationId,
        dueDate: dueDate || null,
        jointCommitment: joint,
      };
      const { data } = await add({ variables: { input } });
      if (data?.addAction.action) {
        setTitle('');
        setDueDate('');
        setJoint(false);
      } else setErrors(formErrors(data?.addAction.userErrors ?? [], FIELDS));
    } catch {
      setErrors({ byField: {}, general: ['userErrors.UNKNOWN'] });
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <Title order={3} fz="h4">
          {t('actions.add')}
        </Title>
        <ErrorAlert messages={errors.general.map((key) => tc(key))} />
        <Select
          label={t('fields.priorityId')}
          required
          allowDeselect={false}
          value={priorityId}
          onChange={setPriorityId}
          data={priorities.map((p) => ({ value: p.id, label: p.title }))}
          error={fieldError('priorityId')}
        />
        <TextInput
          label={t('fields.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError('title')}
        />
        <Select
          label={t('fields.responsibleOrganisationId')}
          required
          value={organisationId}
          onChange={setOrganisationId}
          data={organisations.map((o) => ({ value: o.id, label: o.name }))}
          error={fieldError('responsibleOrganisationId')}
        />
        <Group grow align="flex-end">
          <TextInput
            type="date"
            label={t('fields.dueDate')}
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={fieldError('dueDate')}
          />
          <Checkbox
            label={t('fields.jointCommitment')}
            checked={joint}
            onChange={(e) => setJoint(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Button type="submit" loading={loading} disabled={!priorityId || !organisationId}>
          {t('actions.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
