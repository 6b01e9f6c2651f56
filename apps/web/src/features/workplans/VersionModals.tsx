import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Loader, Modal, Stack, Text, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAppForm } from '../../components/form/index.ts';

const VersionViewModal_Html = graphql(`
  query VersionViewModal_Html($id: ID!, $versionId: ID!) {
    workplan(id: $id) {
      id
      narrativeVersion(id: $versionId) {
        id
        html
      }
    }
  }
`);

const RestoreVersionModal_Restore = graphql(`
  mutation RestoreVersionModal_Restore($input: RestoreNarrativeVersionInput!) {
    restoreNarrativeVersion(input: $input) {
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

interface Props {
  workplanId: string;
  version: { id: string; name: string } | null;
  onClose(): void;
}

export function VersionViewModal({ workplanId, version, onClose }: Props) {
  const { t } = useTranslation('workplan');
  const { t: tc } = useTranslation();
  const { data, loading, error } = useQuery(VersionViewModal_Html, {
    variables: { id: workplanId, versionId: version?.id ?? '' },
    skip: !version,
  });
  const html = data?.workplan.narrativeVersion?.html;
  return (
    <Modal opened={version !== null} onClose={onClose} title={version?.name} size="xl">
      {loading && <Loader size="sm" />}
      {error && <ErrorAlert messages={[tc('userErrors.UNKNOWN')]} />}
      {html !== undefined && (
        <Typography data-testid="version-html">
          {/* The server sanitises version HTML; this is the only place raw HTML is rendered. */}
          <div dangerouslySetInnerHTML={{ __html: html }} />
        </Typography>
      )}
      {html === '' && <Text c="dimmed">{t('versions.empty')}</Text>}
    </Modal>
  );
}

export function RestoreVersionModal({ workplanId, version, onClose }: Props) {
  const { t } = useTranslation('workplan');
  const [restore, { loading }] = useMutation(RestoreVersionModal_Restore, {
    refetchQueries: ['WorkplanPage_Workplan', 'VersionHistory_Versions'],
  });
  const { problems, submitPayload } = useAppForm({ initialValues: {}, generalOnly: true });
  const confirm = async () => {
    if (!version) return;
    const ok = await submitPayload(async () => {
      const { data } = await restore({ variables: { input: { workplanId, versionId: version.id } } });
      return data?.restoreNarrativeVersion.userErrors;
    });
    if (ok) onClose();
  };
  return (
    <Modal opened={version !== null} onClose={onClose} title={t('versions.restoreTitle')}>
      <Stack gap="sm">
        <Text>{t('versions.restoreConfirm', { name: version?.name ?? '' })}</Text>
        {problems}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button color="orange" loading={loading} onClick={() => void confirm()}>
            {t('versions.restore')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
