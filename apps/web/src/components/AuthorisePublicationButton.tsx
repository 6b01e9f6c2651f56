import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/gql.ts';
import type { RecordType } from '../lib/enums.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { formErrors } from './form/form-errors.ts';

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
  const [messages, setMessages] = useState<string[]>([]);
  const [authorise, { loading }] = useMutation(AuthorisePublicationButton_Authorise);

  const submit = async () => {
    setMessages([]);
    try {
      const { data } = await authorise({ variables: { input: { recordType, recordId } } });
      const payload = data?.authorisePublication;
      if (payload?.record && payload.userErrors.length === 0) {
        close();
        return;
      }
      setMessages(formErrors(payload?.userErrors ?? [], []).general.map((key) => tc(key)));
    } catch {
      setMessages([tc('errors.network')]);
    }
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
          <ErrorAlert messages={messages} />
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
