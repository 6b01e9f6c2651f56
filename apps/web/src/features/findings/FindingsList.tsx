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
  const title = (finding: FindingsList_FindingFragment) => (
    <Anchor component={Link} to={`/findings/${finding.id}`}>
      {finding.title}
    </Anchor>
  );
  const goodPractice = (
    <Badge size="xs" color="teal" variant="light">
      {t('findings.goodPractice')}
    </Badge>
  );
  return (
    <ResponsiveTable
      rows={findings}
      rowKey={(finding) => finding.id}
      label={t('findings.listLabel')}
      testId="findings"
      minWidth={520}
      head={{
        header: t('findings.fields.title'),
        minWidth: 200,
        // The table's row header also carries the classification (the widest badge), so that the list fits
        // beside the visit page's panel at 1280 px; a card lists it as a labelled field.
        cell: (finding) => (
          <Stack gap={4} align="flex-start">
            {title(finding)}
            <Group gap={6}>
              {finding.goodPractice && goodPractice}
              <ClassificationBadge classification={finding.classification} size="sm" />
            </Group>
          </Stack>
        ),
        cardCell: (finding) => (
          <Stack gap={2} align="flex-start">
            {title(finding)}
            {finding.goodPractice && goodPractice}
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
          cardOnly: true,
          cell: (finding) => <ClassificationBadge classification={finding.classification} size="sm" />,
        },
      ]}
    />
  );
}
