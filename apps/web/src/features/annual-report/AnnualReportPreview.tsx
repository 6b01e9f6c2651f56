import { labelColon } from '@opcat/domain';
import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnnualReportPage_PreviewQuery } from '../../__generated__/graphql.ts';
import { TableScroll } from '../../components/TableScroll.tsx';

type Preview = AnnualReportPage_PreviewQuery['annualReportPreview'];

function Figure({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** The counts the report will print: totals, acceptance, implementation by both sides, per authority. */
export function AnnualReportPreview({ preview }: { preview: Preview }) {
  const { t, i18n } = useTranslation('annual');
  const { t: tt } = useTranslation('tracker');
  if (preview.total === 0) return <Text size="sm">{t('preview.none')}</Text>;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure label={t('preview.total')} value={preview.total} testId="annual-total" />
        <Figure label={t('preview.overdue')} value={preview.overdue} />
        <Figure label={t('preview.discrepancies')} value={preview.discrepancies} />
        <Figure label={t('preview.dialogue')} value={preview.dialogueEntries} />
      </SimpleGrid>
      {preview.runsAsJob && (
        <Text size="sm" c="dimmed">
          {t('preview.runsAsJob')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap={4}>
          <Title order={3} fz="h5">
            {t('preview.implementation')}
          </Title>
          <TableScroll minWidth={280} label={t('preview.implementation')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('preview.status')}</Table.Th>
                  <Table.Th scope="col">{t('preview.state')}</Table.Th>
                  <Table.Th scope="col">{t('preview.monitor')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.implementation.map((row) => (
                  <Table.Tr key={row.status ?? 'NONE'}>
                    <Table.Th scope="row" fw={400}>
                      {row.status ? tt(`enums.ImplementationStatus.${row.status}`) : t('preview.notRecorded')}
                    </Table.Th>
                    <Table.Td>{row.state}</Table.Td>
                    <Table.Td>{row.monitor}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Stack>
        <Stack gap={4}>
          <Title order={3} fz="h5">
            {t('preview.acceptance')}
          </Title>
          <Group gap="xs">
            {preview.acceptance.map((row) => (
              <Paper key={row.acceptance} withBorder px="sm" py={4} radius="sm">
                <Text size="sm">
                  {labelColon(tt(`enums.Acceptance.${row.acceptance}`), i18n.language)}
                  <strong>{row.count}</strong>
                </Text>
              </Paper>
            ))}
          </Group>
        </Stack>
      </SimpleGrid>
      {preview.byAuthority.length > 0 && (
        <Stack gap={4}>
          <Title order={3} fz="h5">
            {t('preview.byAuthority')}
          </Title>
          <TableScroll minWidth={560} label={t('preview.byAuthority')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('preview.authority')}</Table.Th>
                  <Table.Th scope="col">{t('preview.total')}</Table.Th>
                  <Table.Th scope="col">{t('preview.accepted')}</Table.Th>
                  <Table.Th scope="col">{t('preview.stateImplemented')}</Table.Th>
                  <Table.Th scope="col">{t('preview.monitorImplemented')}</Table.Th>
                  <Table.Th scope="col">{t('preview.overdue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.byAuthority.map((row) => (
                  <Table.Tr key={row.authority}>
                    <Table.Th scope="row" fw={400}>
                      {row.authority}
                    </Table.Th>
                    <Table.Td>{row.total}</Table.Td>
                    <Table.Td>{row.accepted}</Table.Td>
                    <Table.Td>{row.stateImplemented}</Table.Td>
                    <Table.Td>{row.monitorImplemented}</Table.Td>
                    <Table.Td>{row.overdue}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Stack>
      )}
    </Stack>
  );
}
