import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/gql.ts';
import type { WhoCanSeePanel_RecordFragment } from '../__generated__/graphql.ts';
import type { Classification, RecordType } from '../lib/enums.ts';
import { ClassificationPicker } from './ClassificationPicker.tsx';
import { reclassifyOptions } from './reclassify-options.ts';
import { required, useAppForm } from './form/index.ts';
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

/** "Change classification": EDITORs may narrow, widening needs an ADMIN — the server lists which (`reclassifyTo`). */
export function ReclassifyControl({ record, recordType }: Props) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const { workingGroups } = useKnownOrganisations();
  const [reclassify, { loading }] = useMutation(ReclassifyControl_Reclassify);
  const { form, problems, submitPayload, handleSubmit, setGeneral, field } = useAppForm({
    initialValues: {
      classification: record.classification as Classification,
      workingGroupId: record.workingGroup?.id ?? null,
    },
    rules: {
      workingGroupId: (value, values) => (values.classification === 'WORKING_GROUP' ? required(value, values) : null),
    },
  });
  const { classification } = form.getValues();

  const start = () => {
    form.setValues({ classification: record.classification, workingGroupId: record.workingGroup?.id ?? null });
    form.clearErrors();
    setGeneral([]);
    open();
  };

  const submit = handleSubmit(async (values) => {
    const ok = await submitPayload(async () => {
      const { data } = await reclassify({
        variables: {
          input: {
            recordType,
            recordId: record.id,
            classification: values.classification,
            workingGroupId: values.classification === 'WORKING_GROUP' ? values.workingGroupId : null,
          },
        },
      });
      return data?.reclassifyRecord.userErrors;
    });
    if (ok) close();
  });

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
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('reclassify.intro')}</Text>
            {problems}
            <ClassificationPicker
              label={t('reclassify.newClassification')}
              options={reclassifyOptions(record.classification, record.viewerCan.reclassifyTo)}
              {...field('classification')}
            />
            {classification === 'WORKING_GROUP' && (
              <Select
                label={t('reclassify.workingGroup')}
                data={workingGroups.map((group) => ({ value: group.id, label: group.name }))}
                required
                {...form.getInputProps('workingGroupId')}
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
                type="submit"
                loading={loading}
                disabled={classification === record.classification && classification !== 'WORKING_GROUP'}
              >
                {t('reclassify.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
