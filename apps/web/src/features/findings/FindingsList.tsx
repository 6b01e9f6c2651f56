import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { FindingsList_FindingFragment } from '../../__generated__/graphql.ts';
import { ClassificationBadge } from '../../components/records.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
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
    <ResponsiveTable
      rows={findings}
      rowKey={(finding) => finding.id}
      label={t('findings.listLabel')}
      testId="findings"
      minWidth={640}
      head={{
        header: t('findings.fields.title'),
        cell: (finding) => (
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
        ),
      }}
      columns={[
        { header: t('findings.fields.place'), wide: true, cell: (finding) => finding.place?.name ?? '—' },
        {
          header: t('findings.fields.monitoringArea'),
          cell: (finding) => t(`enums.MonitoringArea.${finding.monitoringArea}`),
        },
        { header: t('findings.fields.severity'), cell: (finding) => <SeverityBadge severity={finding.severity} /> },
        {
          header: t('classification.label'),
          wide: true,
          cell: (finding) => <ClassificationBadge classification={finding.classification} size="sm" />,
        },
      ]}
    />
  );
}
