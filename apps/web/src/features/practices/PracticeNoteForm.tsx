import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { all, maxLength, required, useAppForm } from '../../components/form/index.ts';
import { isOneOf, MONITORING_AREAS } from '../../lib/enums.ts';

const PracticeNoteForm_Networks = graphql(`
  query PracticeNoteForm_Networks {
    me {
      workingGroups {
        id
        name
        kind
      }
    }
  }
`);

const PracticeNoteForm_Publish = graphql(`
  mutation PracticeNoteForm_Publish($input: PublishPracticeToNetworkInput!) {
    publishPracticeToNetwork(input: $input) {
      practice {
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

/**
 * A member of a regional network publishes a short practice note (title, theme, text) to one of its
 * networks. The server checks the policy (practice:publishToNetwork) and the lengths; its user errors
 * land on the fields, the form's own checks answer in the app's language.
 */
export function PracticeNoteForm() {
  const { t } = useTranslation('scale');
  const { t: tc } = useTranslation();
  const { t: tm } = useTranslation('monitoring');
  const [opened, { open, close }] = useDisclosure(false);
  const [published, setPublished] = useState<string | null>(null);
  const networks = (useQuery(PracticeNoteForm_Networks).data?.me?.workingGroups ?? []).filter(
    (group) => group.kind === 'REGIONAL_NETWORK',
  );
  const [publish, { loading }] = useMutation(PracticeNoteForm_Publish);
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { networkId: null as string | null, title: '', theme: null as string | null, summary: '' },
    rules: {
      networkId: required,
      title: all(required, maxLength(300)),
      theme: required,
      summary: all(required, maxLength(5000)),
    },
  });
  if (networks.length === 0) return null;

  const submit = handleSubmit(async (values) => {
    const { networkId, theme } = values;
    if (!networkId || !isOneOf(MONITORING_AREAS, theme)) return;
    const ok = await submitPayload(async () => {
      const { data } = await publish({
        variables: { input: { networkId, title: values.title.trim(), summary: values.summary.trim(), theme } },
        refetchQueries: ['NetworkPracticesPage_Practices', 'NetworkPracticesPage_Options'],
      });
      return data?.publishPracticeToNetwork.userErrors;
    });
    if (!ok) return;
    setPublished(networks.find((n) => n.id === networkId)?.name ?? '');
    form.reset();
    close();
  });

  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="light" color="teal" onClick={open}>
        {t('practiceNote.open')}
      </Button>
      {published !== null && (
        <Text size="sm" c="teal.9" role="status">
          {t('practiceNote.done', { network: published })}
        </Text>
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={t('practiceNote.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('practiceNote.intro')}</Text>
            {problems}
            <Select
              label={t('practiceNote.network')}
              required
              data={networks.map((n) => ({ value: n.id, label: n.name }))}
              {...form.getInputProps('networkId')}
            />
            <TextInput label={t('practiceNote.noteTitle')} required {...form.getInputProps('title')} />
            <Select
              label={t('practiceNote.theme')}
              required
              data={MONITORING_AREAS.map((value) => ({ value, label: tm(`enums.MonitoringArea.${value}`) }))}
              {...form.getInputProps('theme')}
            />
            <Textarea
              label={t('practiceNote.summary')}
              description={t('practiceNote.summaryHint')}
              required
              autosize
              minRows={4}
              {...form.getInputProps('summary')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {tc('common.cancel')}
              </Button>
              <Button type="submit" color="teal" loading={loading}>
                {t('practiceNote.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
