import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, Select, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { useAppForm } from '../../components/form/index.ts';
import { REPRISAL_STATUSES, type ReprisalStatus } from '../../lib/enums.ts';

const UpdateReprisalForm_Update = graphql(`
  mutation UpdateReprisalForm_Update($input: UpdateReprisalInput!) {
    updateReprisal(input: $input) {
      incident {
        ...ReprisalPage_Incident
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
  incident: { id: string; status: ReprisalStatus; actionTaken: string };
}

/**
 * Follow-up of an incident: its status and what was done. Only named editors and admins may
 * change it; the API has no ability flag for that, so a refusal is shown after submitting.
 */
export function UpdateReprisalForm({ incident }: Props) {
  const { t } = useTranslation('tracker');
  const [update, { loading }] = useMutation(UpdateReprisalForm_Update);
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { status: incident.status, actionTaken: incident.actionTaken },
  });
  const [saved, setSaved] = useState(false);
  const { status, actionTaken } = form.getValues();
  const unchanged = status === incident.status && actionTaken.trim() === incident.actionTaken;

  const submit = handleSubmit(async (values) => {
    setSaved(false);
    const ok = await submitPayload(async () => {
      const { data } = await update({
        variables: { input: { id: incident.id, status: values.status, actionTaken: values.actionTaken.trim() } },
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'reprisalIncidents' });
          cache.gc();
        },
      });
      return data?.updateReprisal.userErrors;
    });
    setSaved(ok);
  });

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="reprisal-follow-up">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="h4" id="reprisal-follow-up">
            {t('reprisals.update.title')}
          </Title>
          {saved && (
            <Alert color="teal" role="status">
              {t('reprisals.update.saved')}
            </Alert>
          )}
          {problems}
          <Select
            label={t('reprisals.fields.status')}
            data={REPRISAL_STATUSES.map((value) => ({ value, label: t(`enums.ReprisalStatus.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
          <Textarea
            label={t('reprisals.fields.actionTaken')}
            autosize
            minRows={4}
            {...form.getInputProps('actionTaken')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={loading} disabled={unchanged}>
              {t('reprisals.update.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
