import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, MultiSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/gql.ts';
import type { WhoCanSeePanel_RecordFragment } from '../__generated__/graphql.ts';
import type { RecordType } from '../lib/enums.ts';
import { useAppForm } from './form/index.ts';
import { useKnownOrganisations } from './use-known-organisations.tsx';

const ShareControl_Share = graphql(`
  mutation ShareControl_Share($input: ShareRecordInput!) {
    shareRecord(input: $input) {
      record {
        id
        ...WhoCanSeePanel_Record
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
  record: WhoCanSeePanel_RecordFragment;
  recordType: RecordType;
}

/** "Share with…": the complete list of organisations a SHARED (or SPT-confidential) record is shared with. */
export function ShareControl({ record, recordType }: Props) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  const { organisations } = useKnownOrganisations(record.sharedWith);
  const current = record.sharedWith.map((organisation) => organisation.id);
  const { form, problems, submitPayload, handleSubmit } = useAppForm({ initialValues: { organisationIds: current } });
  const selected = form.getValues().organisationIds;
  const [saved, setSaved] = useState(false);
  const [share, { loading }] = useMutation(ShareControl_Share);

  const unchanged = selected.length === current.length && selected.every((id) => current.includes(id));

  const submit = handleSubmit(async (values) => {
    setSaved(false);
    const ok = await submitPayload(async () => {
      const { data } = await share({
        variables: { input: { recordType, recordId: record.id, organisationIds: values.organisationIds } },
      });
      return data?.shareRecord.userErrors;
    });
    setSaved(ok);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        {problems}
        {saved && (
          <Alert
            color="teal"
            role="status"
            withCloseButton
            onClose={() => setSaved(false)}
            closeButtonLabel={tc('common.close')}
          >
            {t('share.saved')}
          </Alert>
        )}
        <MultiSelect
          label={t('share.label')}
          description={
            record.classification === 'SPT_CONFIDENTIAL' ? t('share.descriptionSpt') : t('share.description')
          }
          data={organisations
            .filter((organisation) => organisation.id !== record.ownerOrganisation.id)
            .map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          {...form.getInputProps('organisationIds')}
          onChange={(value) => {
            setSaved(false);
            form.setFieldValue('organisationIds', value);
          }}
          searchable
          clearable
          nothingFoundMessage={t('share.nothingFound')}
        />
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={loading} disabled={unchanged}>
            {t('share.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
