import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/gql.ts';
import type { WhoCanSeePanel_RecordFragment } from '../__generated__/graphql.ts';
import type { Classification, RecordType } from '../lib/enums.ts';
import type { UserErrorMessageKey } from '../lib/user-errors.ts';
import { ClassificationPicker } from './ClassificationPicker.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { formErrors } from './form/form-errors.ts';
import { useKnownOrganisations } from './use-known-organisations.tsx';

const ReclassifyControl_Reclassify = graphql(`
  mutation ReclassifyControl_Reclassify($input: ReclassifyRecordInput!) {
    reclassifyRecord(input: $input) {
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

const FIELDS = ['classification', 'workingGroupId'] as const;

/** "Change classification": EDITORs may narrow, widening needs an ADMIN — the server says which. */
export function ReclassifyControl({ record, recordType }: Props) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [classification, setClassification] = useState<Classification>(record.classification);
  const [workingGroupId, setWorkingGroupId] = useState<string | null>(record.workingGroup?.id ?? null);
  const [messages, setMessages] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<{ classification?: string; workingGroupId?: string }>({});
  const { workingGroups } = useKnownOrganisations();
  const [reclassify, { loading }] = useMutation(ReclassifyControl_Reclassify);

  const start = () => {
    setClassification(record.classification);
    setWorkingGroupId(record.workingGroup?.id ?? null);
    setMessages([]);
    setFieldErrors({});
    open();
  };

  const submit = async () => {
    setMessages([]);
    setFieldErrors({});
    try {
      const { data } = await reclassify({
        variables: {
          input: {
            recordType,
            recordId: record.id,
            classification,
            workingGroupId: classification === 'WORKING_GROUP' ? workingGroupId : null,
          },
        },
      });
      const payload = data?.reclassifyRecord;
      if (payload?.record && payload.userErrors.length === 0) {
        close();
        return;
      }
      const sorted = formErrors(payload?.userErrors ?? [], FIELDS);
      const byCode = (key: UserErrorMessageKey | undefined) => (key ? tc(key) : undefined);
      setFieldErrors({
        classification: byCode(sorted.byField.classification),
        workingGroupId: byCode(sorted.byField.workingGroupId),
      });
      setMessages(sorted.general.map((key) => tc(key)));
    } catch {
      setMessages([tc('errors.network')]);
    }
  };

  const widensToPublic = classification === 'PUBLIC' && record.classification !== 'PUBLIC';

  return (
    <>
      <Button variant="light" size="xs" onClick={start}>
        {t('reclassify.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('reclassify.title')}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('reclassify.intro')}</Text>
          <ErrorAlert messages={messages} />
          <ClassificationPicker
            label={t('reclassify.newClassification')}
            value={classification}
            onChange={setClassification}
            error={fieldErrors.classification}
          />
          {classification === 'WORKING_GROUP' && (
            <Select
              label={t('reclassify.workingGroup')}
              data={workingGroups.map((group) => ({ value: group.id, label: group.name }))}
              value={workingGroupId}
              onChange={setWorkingGroupId}
              error={fieldErrors.workingGroupId}
              required
            />
          )}
          {widensToPublic && (
            <Alert color="orange" variant="light">
              {t('reclassify.publicWarning')}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {tc('common.cancel')}
            </Button>
            <Button
              loading={loading}
              disabled={classification === record.classification && classification !== 'WORKING_GROUP'}
              onClick={() => void submit()}
            >
              {t('reclassify.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
