import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, FileInput, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { ImportKind, ImportPage_PreviewMutation } from '../../__generated__/graphql.ts';
import { required, useAppForm } from '../../components/form/index.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

const ImportPage_Preview = graphql(`
  mutation ImportPage_Preview($input: ImportSpreadsheetInput!) {
    previewImport(input: $input) {
      columns
      fields
      mapping {
        field
        column
      }
      rowCount
      preview {
        row
        values
      }
      rowErrors {
        row
        field
        column
        code
        message
      }
      createdCount
      committed
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const ImportPage_Commit = graphql(`
  mutation ImportPage_Commit($input: ImportSpreadsheetInput!) {
    commitImport(input: $input) {
      columns
      fields
      mapping {
        field
        column
      }
      rowCount
      preview {
        row
        values
      }
      rowErrors {
        row
        field
        column
        code
        message
      }
      createdCount
      committed
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Outcome = ImportPage_PreviewMutation['previewImport'];

/** The file to the server (GraphQL carries no files); the upload id for the preview and the commit. */
async function uploadFile(file: File): Promise<string | null> {
  const res = await fetch('/api/imports', {
    method: 'POST',
    headers: { 'x-requested-with': 'opcat', 'x-file-name': encodeURIComponent(file.name) },
    body: file,
  });
  if (!res.ok) return null;
  return ((await res.json()) as { id: string }).id;
}

/**
 * Import of the spreadsheets teams keep (recommendations, places): choose a file, map its columns,
 * preview with every row's problems, then import all rows or none.
 */
export function ImportPage() {
  const { t } = useTranslation('exports');
  usePageTitle(t('import.title'));
  const [preview] = useMutation(ImportPage_Preview);
  const [commit, { loading: committing }] = useMutation(ImportPage_Commit);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [tooLarge, setTooLarge] = useState(false);
  const [params] = useSearchParams();
  const app = useAppForm<{ kind: ImportKind; file: File | null }>({
    initialValues: { kind: params.get('kind') === 'PLACES' ? 'PLACES' : 'RECOMMENDATIONS', file: null },
    rules: { file: required },
  });

  const input = (id: string, kind: ImportKind, map: Record<string, string>) => ({
    uploadId: id,
    kind,
    mapping: Object.entries(map).map(([field, column]) => ({ field, column })),
  });

  const runPreview = async (id: string, kind: ImportKind, map: Record<string, string>) => {
    await app.submitPayload(async () => {
      const { data } = await preview({ variables: { input: input(id, kind, map) } });
      if (data?.previewImport) setOutcome(data.previewImport);
      return [];
    });
  };

  const onSubmit = app.handleSubmit(async ({ kind, file }) => {
    if (!file) return;
    setOutcome(null);
    setMapping({});
    setTooLarge(false);
    const id = await uploadFile(file);
    if (!id) return setTooLarge(true);
    setUploadId(id);
    await runPreview(id, kind, {});
  });

  const remap = (field: string, column: string | null) => {
    const next = { ...mapping };
    if (column) next[field] = column;
    else delete next[field];
    setMapping(next);
    if (uploadId) void runPreview(uploadId, app.form.values.kind, next);
  };

  const onCommit = async () => {
    if (!uploadId) return;
    await app.submitPayload(async () => {
      const { data } = await commit({ variables: { input: input(uploadId, app.form.values.kind, mapping) } });
      if (data?.commitImport) setOutcome(data.commitImport);
      return [];
    });
  };

  const ready = outcome && outcome.userErrors.length === 0 && outcome.rowErrors.length === 0 && !outcome.committed;

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1}>{t('import.title')}</Title>
        <Text c="dimmed">{t('import.intro')}</Text>
      </Stack>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" maw={520}>
          {app.problems}
          <Select
            label={t('import.kind')}
            data={[
              { value: 'RECOMMENDATIONS', label: t('import.kinds.RECOMMENDATIONS') },
              { value: 'PLACES', label: t('import.kinds.PLACES') },
            ]}
            allowDeselect={false}
            {...app.form.getInputProps('kind')}
          />
          <FileInput
            label={t('import.file')}
            description={t('import.fileHint')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            clearable
            clearButtonProps={{ 'aria-label': t('import.clear') }}
            data-testid="import-file"
            {...app.form.getInputProps('file')}
          />
          <Group>
            <Button type="submit">{t('import.check')}</Button>
          </Group>
        </Stack>
      </form>
      {tooLarge && <Alert color="red">{t('import.uploadFailed')}</Alert>}

      {outcome && (
        <Stack gap="md" data-testid="import-outcome">
          <Title order={2} size="h3">
            {t('import.mapping')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {outcome.mapping.map((m) => (
              <Select
                key={m.field}
                label={m.field}
                data={outcome.columns.filter(Boolean)}
                value={mapping[m.field] ?? m.column ?? null}
                onChange={(value) => remap(m.field, value)}
                clearable
                clearButtonProps={{ 'aria-label': t('import.clear') }}
                placeholder={t('import.noColumn')}
              />
            ))}
          </SimpleGrid>
          {outcome.userErrors.map((e) => (
            <Alert key={e.field.join('.')} color="red">
              {e.message}
            </Alert>
          ))}
          {outcome.committed ? (
            <Alert color="green" data-testid="import-done">
              {t('import.done', { count: outcome.createdCount })}
            </Alert>
          ) : outcome.rowErrors.length > 0 ? (
            <Alert color="red" title={t('import.errorsTitle', { count: outcome.rowErrors.length })}>
              <Table fz="sm" data-testid="import-errors">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('import.row')}</Table.Th>
                    <Table.Th>{t('import.field')}</Table.Th>
                    <Table.Th>{t('import.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {outcome.rowErrors.slice(0, 200).map((e, i) => (
                    <Table.Tr key={`${e.row}-${e.field ?? ''}-${i}`}>
                      <Table.Td>{e.row}</Table.Td>
                      <Table.Td>{e.field ?? ''}</Table.Td>
                      <Table.Td>{e.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Alert>
          ) : null}
          {outcome.preview.length > 0 && (
            <Box
              style={{ overflowX: 'auto' }}
              tabIndex={0}
              role="region"
              aria-label={t('import.previewCaption', { count: outcome.rowCount })}
            >
              <Table fz="xs" striped miw={600}>
                <Table.Caption>{t('import.previewCaption', { count: outcome.rowCount })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('import.row')}</Table.Th>
                    {outcome.fields.map((f) => (
                      <Table.Th key={f}>{f}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {outcome.preview.map((r) => (
                    <Table.Tr key={r.row}>
                      <Table.Td>{r.row}</Table.Td>
                      {r.values.map((v, i) => (
                        <Table.Td key={i}>{v ?? ''}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Box>
          )}
          {ready && (
            <Group>
              <Button onClick={() => void onCommit()} loading={committing} data-testid="import-commit">
                {t('import.commit', { count: outcome.createdCount })}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
