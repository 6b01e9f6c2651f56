import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { useAppForm } from '../../components/form/index.ts';

graphql(`
  fragment PublishPracticeButton_Finding on Finding {
    id
    practiceNetworks {
      id
      name
    }
  }
`);

const PublishPracticeButton_Publish = graphql(`
  mutation PublishPracticeButton_Publish($input: PublishPracticeToNetworkInput!) {
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

interface Props {
  finding: { id: string; practiceNetworks: readonly { id: string; name: string }[] };
}

/**
 * Publishes a good-practice finding to a regional network the viewer may publish to (the server's
 * `practiceNetworks` says which): only the practice is shared, after an explicit confirmation.
 */
export function PublishPracticeButton({ finding }: Props) {
  const { t } = useTranslation('practices');
  const { t: tc } = useTranslation();
  const [network, setNetwork] = useState<{ id: string; name: string } | null>(null);
  const [published, setPublished] = useState<string[]>([]);
  const [opened, { open, close }] = useDisclosure(false);
  const { problems, submitPayload } = useAppForm({ initialValues: {}, generalOnly: true });
  const [publish, { loading }] = useMutation(PublishPracticeButton_Publish);
  if (finding.practiceNetworks.length === 0) return null;

  const submit = async () => {
    if (!network) return;
    const ok = await submitPayload(async () => {
      const { data } = await publish({ variables: { input: { networkId: network.id, findingId: finding.id } } });
      return data?.publishPracticeToNetwork.userErrors;
    });
    if (ok) {
      setPublished((done) => [...done, network.id]);
      close();
    }
  };

  return (
    <>
      <Group gap="xs">
        {finding.practiceNetworks.map((n) =>
          published.includes(n.id) ? (
            <Text key={n.id} size="sm" c="teal.9" role="status">
              {t('publish.done', { network: n.name })}
            </Text>
          ) : (
            <Button
              key={n.id}
              variant="light"
              color="teal"
              size="xs"
              onClick={() => {
                setNetwork(n);
                open();
              }}
            >
              {t('publish.button', { network: n.name })}
            </Button>
          ),
        )}
      </Group>
      <Modal
        opened={opened}
        onClose={close}
        title={t('publish.confirmTitle')}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('publish.confirmBody', { network: network?.name ?? '' })}</Text>
          {problems}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {tc('common.cancel')}
            </Button>
            <Button color="teal" loading={loading} onClick={() => void submit()}>
              {t('publish.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
