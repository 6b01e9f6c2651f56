import { Anchor, Badge, Card, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { EvidenceSection_FindingFragment } from '../../__generated__/graphql.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { formatBytes, shortHash } from './evidence.ts';
import { EvidencePersonalDataToggle } from './EvidencePersonalDataToggle.tsx';
import { EvidenceUploadForm } from './EvidenceUploadForm.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';

graphql(`
  fragment EvidenceSection_Finding on Finding {
    id
    viewerCan {
      update
    }
    withheldEvidenceCount
    evidence {
      id
      fileName
      mimeType
      sizeBytes
      sha256
      uploadedAt
      containsPersonalData
      viewerCan {
        download
        setPersonalData
      }
      downloadUrl
    }
  }
`);

interface Props {
  finding: EvidenceSection_FindingFragment;
  /** Called after a file was stored or its flag changed, to reload the list. */
  onUploaded: () => void;
}

/**
 * Evidence files of a finding: the files the viewer may see with their digests and personal-data
 * flag, downloads where the policy allows, a count of files withheld as personal data, upload for editors.
 */
export function EvidenceSection({ finding, onUploaded }: Props) {
  const { t, i18n } = useTranslation('monitoring');
  const titleId = useId();
  const withheld = finding.withheldEvidenceCount;
  const total = finding.evidence.length + withheld;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={titleId}>
          {t('evidence.title', { count: total })}
        </Title>
        {total === 0 && (
          <Text size="sm" c="dimmed">
            {t('evidence.empty')}
          </Text>
        )}
        {finding.evidence.length > 0 && (
          <TableScroll minWidth={760} label={t('evidence.title', { count: total })}>
            <Table verticalSpacing="xs" data-testid="evidence" aria-labelledby={titleId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('evidence.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('evidence.columns.personalData')}</Table.Th>
                  <Table.Th scope="col">{t('evidence.columns.type')}</Table.Th>
                  <Table.Th scope="col" ta="end">
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
                      {attachment.viewerCan.download ? (
                        <Anchor href={attachment.downloadUrl} download={attachment.fileName}>
                          {attachment.fileName}
                        </Anchor>
                      ) : (
                        attachment.fileName
                      )}
                    </Table.Th>
                    <Table.Td>
                      {attachment.viewerCan.setPersonalData ? (
                        <EvidencePersonalDataToggle
                          evidenceId={attachment.id}
                          fileName={attachment.fileName}
                          containsPersonalData={attachment.containsPersonalData}
                          onChanged={onUploaded}
                        />
                      ) : attachment.containsPersonalData ? (
                        <Badge color="grape" variant="light">
                          {t('evidence.personalData.yes')}
                        </Badge>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('evidence.personalData.no')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{attachment.mimeType}</Table.Td>
                    <Table.Td ta="end">{formatBytes(attachment.sizeBytes, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Code title={attachment.sha256}>{shortHash(attachment.sha256)}</Code>
                    </Table.Td>
                    <Table.Td>{formatDateTime(attachment.uploadedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {withheld > 0 && (
          <Text size="sm" c="dimmed" data-testid="evidence-withheld">
            {t('evidence.withheld', { count: withheld })}
          </Text>
        )}
        {finding.evidence.some((attachment) => !attachment.viewerCan.download) && (
          <Text size="xs" c="dimmed">
            {t('evidence.noDownload')}
          </Text>
        )}
        {finding.viewerCan.update && <EvidenceUploadForm findingId={finding.id} onUploaded={onUploaded} />}
      </Stack>
    </Card>
  );
}
