import { Alert, Button, Checkbox, FileInput, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { EVIDENCE_TYPES, uploadEvidence, type EvidenceUploadError } from './evidence.ts';

interface Props {
  findingId: string;
  /** Called after a file was stored, to reload the list. */
  onUploaded: () => void;
}

/** Upload for those who may update the finding; files are presumed to contain personal data. */
export function EvidenceUploadForm({ findingId, onUploaded }: Props) {
  const { t } = useTranslation('monitoring');
  const [file, setFile] = useState<File | null>(null);
  const [containsPersonalData, setContainsPersonalData] = useState(true);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<EvidenceUploadError | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);

  const upload = async () => {
    if (!file) return;
    setError(null);
    setUploaded(null);
    setUploading(true);
    const result = await uploadEvidence(findingId, file, containsPersonalData);
    setUploading(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setUploaded(file.name);
    setFile(null);
    // The next file is presumed personal again: clearing the box is a decision per file.
    setContainsPersonalData(true);
    onUploaded();
  };

  return (
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
      <Checkbox
        checked={containsPersonalData}
        onChange={(event) => setContainsPersonalData(event.currentTarget.checked)}
        label={t('evidence.personalData.checkbox')}
        description={t('evidence.personalData.checkboxHint')}
      />
    </Stack>
  );
}
