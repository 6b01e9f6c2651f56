import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/gql.ts';
import type { RecordType } from '../lib/enums.ts';
import { useAppForm } from './form/index.ts';

const AuthorisePublicationButton_Authorise = graphql(`
  mutation AuthorisePublicationButton_Authorise($input: AuthorisePublicationInput!) {
    authorisePublication(input: $input) {
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

/** The State's authorisation to publish an SPT-confidential record (art. 16(2)), after an explicit confirmation. */
export function AuthorisePublicationButton({ recordId, recordType }: { recordId: string; recordType: RecordType }) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  // A confirmation rather than a form of fields, with the same handling of errors and refusals.
  const { problems, submitPayload } = useAppForm({ initialValues: {}, generalOnly: true });
  const [authorise, { loading }] = useMutation(AuthorisePublicationButton_Authorise);

  const submit = async () => {
    const ok = await submitPayload(async () => {
      const { data } = await authorise({ variables: { input: { recordType, recordId } } });
      return data?.authorisePublication.userErrors;
    });
    if (ok) close();
  };

  return (
    <>
      <Button color="red" variant="outline" size="xs" onClick={open}>
        {t('publication.authorise')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('publication.confirmTitle')}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('publication.confirmBody')}</Text>
          {problems}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {tc('common.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void submit()}>
              {t('publication.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
