import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { SortedUserErrors } from '../../lib/user-errors.ts';
import { ErrorAlert, formErrors, NO_ERRORS } from '../../components/records.ts';

const CreateWorkplanForm_Create = graphql(`
  mutation CreateWorkplanForm_Create($input: CreateWorkplanInput!) {
    createWorkplan(input: $input) {
      workplan {
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

const FIELDS = ['title', 'periodStart', 'periodEnd'] as const;

/**
 * The API has no "may create a workplan here" ability yet, so the form is offered to every reader
 * of the group and the server's answer (FORBIDDEN / NOT_FOUND as a user error) is shown.
 */
export function CreateWorkplanForm({ workingGroupId }: { workingGroupId: string }) {
  const { t } = useTranslation('workplan');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateWorkplanForm_Create);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [errors, setErrors] = useState<SortedUserErrors<(typeof FIELDS)[number]>>(NO_ERRORS);
  const fieldError = (field: (typeof FIELDS)[number]) => {
    const key = errors.byField[field];
    return key && tc(key);
  };

  if (!open) {
    return (
      <Group>
        <Button onClick={() => setOpen(true)}>{t('create.open')}</Button>
      </Group>
    );
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      const input = { workingGroupId, title, periodStart, periodEnd: periodEnd || null };
      const { data } = await create({ variables: { input } });
      const id = data?.createWorkplan.workplan?.id;
      if (id) void navigate(`/workplans/${id}`);
      else setErrors(formErrors(data?.createWorkplan.userErrors ?? [], FIELDS));
    } catch {
      setErrors({ byField: {}, general: ['userErrors.UNKNOWN'] });
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={(e) => void submit(e)} maw={560}>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('create.title')}
        </Title>
        <ErrorAlert messages={errors.general.map((key) => tc(key))} />
        <TextInput
          label={t('create.name')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError('title')}
        />
        <Group grow>
          <TextInput
            type="date"
            label={t('create.periodStart')}
            required
            value={periodStart}
            onChange={(e) => setPeriodStart(e.currentTarget.value)}
            error={fieldError('periodStart')}
          />
          <TextInput
            type="date"
            label={t('create.periodEnd')}
            value={periodEnd}
            onChange={(e) => setPeriodEnd(e.currentTarget.value)}
            error={fieldError('periodEnd')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={loading}>
            {t('create.submit')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
