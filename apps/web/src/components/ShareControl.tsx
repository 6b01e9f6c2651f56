import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, MultiSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/gql.ts';
import type { WhoCanSeePanel_RecordFragment } from '../__generated__/graphql.ts';
import type { RecordType } from '../lib/enums.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { formErrors } from './form/form-errors.ts';
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
  const [selected, setSelected] = useState<string[]>(current);
  const [messages, setMessages] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [share, { loading }] = useMutation(ShareControl_Share);

  const unchanged = selected.length === current.length && selected.every((id) => current.includes(id));

  const submit = async () => {
    setMessages([]);
    setSaved(false);
    try {
      const { data } = await share({
        variables: { input: { recordType, recordId: record.id, organisationIds: selected } },
      });
      const payload = data?.shareRecord;
      if (payload?.record && payload.userErrors.length === 0) {
        setSaved(true);
        return;
      }
      setMessages(formErrors(payload?.userErrors ?? [], []).general.map((key) => tc(key)));
    } catch {
      setMessages([tc('errors.network')]);
    }
  };

  return (
    <Stack gap="xs">
      <ErrorAlert messages={messages} />
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
        description={record.classification === 'SPT_CONFIDENTIAL' ? t('share.descriptionSpt') : t('share.description')}
        data={organisations
          .filter((organisation) => organisation.id !== record.ownerOrganisation.id)
          .map((organisation) => ({ value: organisation.id, label: organisation.name }))}
        value={selected}
        onChange={(value) => {
          setSaved(false);
          setSelected(value);
        }}
        searchable
        clearable
        nothingFoundMessage={t('share.nothingFound')}
      />
      <Group justify="flex-end">
        <Button size="xs" loading={loading} disabled={unchanged} onClick={() => void submit()}>
          {t('share.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
