import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { FindingsList_FindingFragment } from '../../__generated__/graphql.ts';
import { ClassificationBadge } from '../../components/records.ts';
import { SeverityBadge } from './SeverityBadge.tsx';

graphql(`
  fragment FindingsList_Finding on Finding {
    id
    title
    severity
    monitoringArea
    goodPractice
    classification
    place {
      id
      name
    }
  }
`);

export function FindingsList({ findings }: { findings: readonly FindingsList_FindingFragment[] }) {
  const { t } = useTranslation('monitoring');
  if (findings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('findings.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm" data-testid="findings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('findings.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('findings.fields.place')}</Table.Th>
            <Table.Th scope="col">{t('findings.fields.monitoringArea')}</Table.Th>
            <Table.Th scope="col">{t('findings.fields.severity')}</Table.Th>
            <Table.Th scope="col">{t('classification.label')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {findings.map((finding) => (
            <Table.Tr key={finding.id}>
              <Table.Th scope="row" fw={500}>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/findings/${finding.id}`}>
                    {finding.title}
                  </Anchor>
                  {finding.goodPractice && (
                    <Group>
                      <Badge size="xs" color="teal" variant="light">
                        {t('findings.goodPractice')}
                      </Badge>
                    </Group>
                  )}
                </Stack>
              </Table.Th>
              <Table.Td>{finding.place?.name ?? '—'}</Table.Td>
              <Table.Td>{t(`enums.MonitoringArea.${finding.monitoringArea}`)}</Table.Td>
              <Table.Td>
                <SeverityBadge severity={finding.severity} />
              </Table.Td>
              <Table.Td>
                <ClassificationBadge classification={finding.classification} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
