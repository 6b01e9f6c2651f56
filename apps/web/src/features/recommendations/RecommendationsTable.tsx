import { Anchor, Group, Stack, Text, Tooltip } from '@mantine/core';
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

/** The response's due date, in red with "(vencida)" under it when the authority has not answered in time. */
function DueDate({ row }: { row: RecommendationsTable_RowFragment }) {
  const { t, i18n } = useTranslation('tracker');
  const date = formatLocalDate(row.responseDueOn, i18n.language);
  if (!row.responseOverdue) return <Text size="sm">{date}</Text>;
  return (
    <Tooltip label={t('due.overdueHint')} withArrow>
      <Stack gap={0}>
        <Text size="sm" c="red" fw={600}>
          {date}
        </Text>
        <Text size="xs" c="red">
          ({t('due.overdue')})
        </Text>
      </Stack>
    </Tooltip>
  );
}

type Row = RecommendationsTable_RowFragment;

/**
 * The tracker's list: a table from a tablet's width up, narrow enough for a laptop's column (the reference,
 * title, priority and classification share the row header; long statuses wrap), so the State's and the
 * monitor's statuses are read without scrolling sideways; on a phone one card per recommendation with the two
 * statuses side by side.
 */
export function RecommendationsTable({ rows, caption }: Props) {
  const { t } = useTranslation('tracker');
  const reference = (row: Row) => (
    <Anchor component={Link} to={`/recommendations/${row.id}`} fw={600}>
      {row.reference}
    </Anchor>
  );
  const classification = (row: Row) => <ClassificationBadge classification={row.classification} size="sm" />;
  const columns: ListColumn<Row>[] = [
    {
      header: t('columns.title'),
      wide: true,
      unlabelled: true,
      cardOnly: true,
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
    { header: t('columns.addressee'), wide: true, minWidth: 120, cell: (row) => row.addressee.name },
    {
      header: t('columns.priority'),
      cardOnly: true,
      cell: (row) => <PriorityBadge value={row.priority} size="sm" />,
    },
    {
      header: t('columns.acceptance'),
      cell: (row) => <AcceptanceBadge value={row.acceptance} size="sm" wrap />,
    },
    {
      header: t('columns.stateStatus'),
      minWidth: 136,
      cell: (row) => <ImplementationBadge value={row.stateStatus} size="sm" wrap />,
    },
    {
      header: t('columns.monitorStatus'),
      minWidth: 136,
      cell: (row) => <ImplementationBadge value={row.monitorStatus} size="sm" wrap />,
    },
    { header: t('columns.responseDue'), cell: (row) => <DueDate row={row} /> },
    { header: t('columns.classification'), cardOnly: true, cell: classification },
  ];
  return (
    <ResponsiveTable
      rows={rows}
      rowKey={(row) => row.id}
      caption={caption}
      testId="recommendations"
      minWidth={900}
      head={{
        header: t('columns.recommendation'),
        minWidth: 220,
        maxWidth: 320,
        // The table's row header carries what identifies the recommendation and how to handle it; a card
        // lists those as labelled fields under its reference.
        cell: (row) => (
          <Stack gap={4} align="flex-start">
            {reference(row)}
            <Text size="sm" lineClamp={2}>
              {row.title}
            </Text>
            <Group gap={6}>
              <PriorityBadge value={row.priority} size="sm" named />
              {classification(row)}
            </Group>
            {row.theme && (
              <Text size="xs" c="dimmed" fw={400}>
                {row.theme}
              </Text>
            )}
          </Stack>
        ),
        cardCell: reference,
      }}
      columns={columns}
    />
  );
}
