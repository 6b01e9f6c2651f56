import { Alert, Anchor, Button, Card, Code, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { EvidenceSection_FindingFragment } from '../../__generated__/graphql.ts';
import { ErrorAlert, formatDateTime } from '../../components/records.ts';
import { EVIDENCE_TYPES, formatBytes, shortHash, uploadEvidence, type EvidenceUploadError } from './evidence.ts';

graphql(`
  fragment EvidenceSection_Finding on Finding {
    id
    viewerCan {
      update
      export
    }
    evidence {
      id
      fileName
      mimeType
      sizeBytes
      sha256
      uploadedAt
      downloadUrl
    }
  }
`);

interface Props {
  finding: EvidenceSection_FindingFragment;
  /** Called after a file was stored, to reload the list. */
  onUploaded: () => void;
}

/** Evidence files of a finding: list with digests, download for those allowed to export, upload for editors. */
export function EvidenceSection({ finding, onUploaded }: Props) {
  const { t, i18n } = useTranslation('monitoring');
  const titleId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<EvidenceUploadError | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);

  const upload = async () => {
    if (!file) return;
    setError(null);
    setUploaded(null);
    setUploading(true);
    const result = await uploadEvidence(finding.id, file);
    setUploading(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setUploaded(file.name);
    setFile(null);
    onUploaded();
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={titleId}>
          {t('evidence.title', { count: finding.evidence.length })}
        </Title>
        {finding.evidence.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('evidence.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" data-testid="evidence" aria-labelledby={titleId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('evidence.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('evidence.columns.type')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('evidence.columns.size')}
                  </Table.Th>
                  <Table.Th scope="col">{t('evidence.columns.sha256')}</Table.Th>
                  <Table.Th scope="col">{t('evidence.columns.uploadedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {finding.evidence.map((attachment) => (
                  <Table.Tr key={attachment.id}>
                    <Table.Th scope="row" fw={500}>
                      {finding.viewerCan.export ? (
                        <Anchor href={attachment.downloadUrl} download={attachment.fileName}>
                          {attachment.fileName}
                        </Anchor>
                      ) : (
                        attachment.fileName
                      )}
                    </Table.Th>
                    <Table.Td>{attachment.mimeType}</Table.Td>
                    <Table.Td ta="right">{formatBytes(attachment.sizeBytes, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Code title={attachment.sha256}>{shortHash(attachment.sha256)}</Code>
                    </Table.Td>
                    <Table.Td>{formatDateTime(attachment.uploadedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {finding.evidence.length > 0 && !finding.viewerCan.export && (
          <Text size="xs" c="dimmed">
            {t('evidence.noDownload')}
          </Text>
        )}

        {finding.viewerCan.update && (
          <Stack gap="xs">
            {error && <ErrorAlert messages={[t(`evidence.errors.${error}`)]} />}
            {uploaded && (
              <Alert color="teal" role="status">
                {t('evidence.uploaded', { name: uploaded })}
              </Alert>
            )}
            <Group gap="sm" align="flex-end" wrap="wrap">
              <FileInput
                label={t('evidence.file')}
                description={t('evidence.fileHint')}
                accept={EVIDENCE_TYPES.join(',')}
                value={file}
                onChange={(next) => {
                  setError(null);
                  setUploaded(null);
                  setFile(next);
                }}
                clearable
                w={340}
              />
              <Button onClick={() => void upload()} loading={uploading} disabled={!file}>
                {t('evidence.upload')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
