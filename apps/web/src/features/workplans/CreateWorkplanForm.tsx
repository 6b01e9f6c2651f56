import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { all, LocalDateInput, localDate, notBefore, required, useAppForm } from '../../components/form/index.ts';

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

/** Offered only where the policy lets the viewer create a workplan (WorkingGroup.viewerCan.createWorkplan). */
export function CreateWorkplanForm({ workingGroupId }: { workingGroupId: string }) {
  const { t } = useTranslation('workplan');
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateWorkplanForm_Create);
  const [open, setOpen] = useState(false);
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { title: '', periodStart: '', periodEnd: '' },
    rules: {
      title: required,
      periodStart: all(required, localDate),
      periodEnd: all(
        localDate,
        notBefore((values: { periodStart: string }) => values.periodStart),
      ),
    },
  });
  const values = form.getValues();

  if (!open) {
    return (
      <Group>
        <Button onClick={() => setOpen(true)}>{t('create.open')}</Button>
      </Group>
    );
  }

  const submit = handleSubmit(async (input) => {
    let id: string | undefined;
    const ok = await submitPayload(async () => {
      const { data } = await create({
        variables: {
          input: { workingGroupId, ...input, title: input.title.trim(), periodEnd: input.periodEnd || null },
        },
      });
      id = data?.createWorkplan.workplan?.id;
      return data?.createWorkplan.userErrors;
    });
    if (ok && id) void navigate(`/workplans/${id}`);
  });

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate maw={560}>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('create.title')}
        </Title>
        {problems}
        <TextInput label={t('create.name')} required {...form.getInputProps('title')} />
        <Group grow>
          <LocalDateInput label={t('create.periodStart')} required {...form.getInputProps('periodStart')} />
          <LocalDateInput label={t('create.periodEnd')} min={values.periodStart} {...form.getInputProps('periodEnd')} />
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
