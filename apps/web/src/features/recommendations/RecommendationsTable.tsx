import { Anchor, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { RecommendationsTable_RowFragment } from '../../__generated__/graphql.ts';
import { ClassificationBadge, formatLocalDate } from '../../components/records.ts';
import { ResponsiveTable, type ListColumn } from '../../components/ResponsiveTable.tsx';
import { AcceptanceBadge, ImplementationBadge, PriorityBadge } from './badges.tsx';

graphql(`
  fragment RecommendationsTable_Row on Recommendation {
    id
    reference
    title
    theme
    priority
    acceptance
    stateStatus
    monitorStatus
    responseDueOn
    responseOverdue
    classification
    addressee {
      id
      name
      kind
      countryCode
    }
  }
`);

interface Props {
  rows: readonly RecommendationsTable_RowFragment[];
  caption: string;
}

/** The response's due date, in red with "(vencida)" when the authority has not answered in time. */
function DueDate({ row }: { row: RecommendationsTable_RowFragment }) {
  const { t, i18n } = useTranslation('tracker');
  const date = formatLocalDate(row.responseDueOn, i18n.language);
  if (!row.responseOverdue) return <Text size="sm">{date}</Text>;
  return (
    <Tooltip label={t('due.overdueHint')} withArrow>
      <Group gap={4} wrap="nowrap">
        <Text size="sm" c="red" fw={600}>
          {date}
        </Text>
        <Text size="xs" c="red">
          ({t('due.overdue')})
        </Text>
      </Group>
    </Tooltip>
  );
}

type Row = RecommendationsTable_RowFragment;

/**
 * The tracker's list: a table from a tablet's width up (badges kept whole, the table scrolls); on a phone one
 * card per recommendation with the State's and the monitor's statuses side by side (a long status wraps in its
 * half of the card).
 */
export function RecommendationsTable({ rows, caption }: Props) {
  const { t } = useTranslation('tracker');
  const columns: ListColumn<Row>[] = [
    {
      header: t('columns.title'),
      minWidth: 220,
      maxWidth: 340,
      wide: true,
      unlabelled: true,
      cell: (row) => (
        <>
          <Text size="sm" lineClamp={2}>
            {row.title}
          </Text>
          {row.theme && (
            <Text size="xs" c="dimmed">
              {row.theme}
            </Text>
          )}
        </>
      ),
    },
    { header: t('columns.addressee'), wide: true, cell: (row) => row.addressee.name },
    {
      header: t('columns.priority'),
      nowrap: true,
      cell: (row) => <PriorityBadge value={row.priority} size="sm" />,
    },
    {
      header: t('columns.acceptance'),
      nowrap: true,
      cell: (row) => <AcceptanceBadge value={row.acceptance} size="sm" />,
    },
    {
      header: t('columns.stateStatus'),
      nowrap: true,
      cell: (row) => <ImplementationBadge value={row.stateStatus} size="sm" />,
      cardCell: (row) => <ImplementationBadge value={row.stateStatus} size="sm" wrap />,
    },
    {
      header: t('columns.monitorStatus'),
      nowrap: true,
      cell: (row) => <ImplementationBadge value={row.monitorStatus} size="sm" />,
      cardCell: (row) => <ImplementationBadge value={row.monitorStatus} size="sm" wrap />,
    },
    { header: t('columns.responseDue'), nowrap: true, cell: (row) => <DueDate row={row} /> },
    {
      header: t('columns.classification'),
      nowrap: true,
      cell: (row) => <ClassificationBadge classification={row.classification} size="sm" />,
    },
  ];
  return (
    <ResponsiveTable
      rows={rows}
      rowKey={(row) => row.id}
      caption={caption}
      testId="recommendations"
      minWidth={1280}
      head={{
        header: t('columns.reference'),
        nowrap: true,
        cell: (row) => (
          <Anchor component={Link} to={`/recommendations/${row.id}`} fw={600}>
            {row.reference}
          </Anchor>
        ),
      }}
      columns={columns}
    />
  );
}
