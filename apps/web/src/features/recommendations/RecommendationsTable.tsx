import { Anchor, Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { RecommendationsTable_RowFragment } from '../../__generated__/graphql.ts';
import { ClassificationBadge, formatLocalDate } from '../../components/records.ts';
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

/** Badge columns never wrap or cut their text; the table scrolls sideways instead. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

interface Props {
  rows: readonly RecommendationsTable_RowFragment[];
  caption: string;
}

export function RecommendationsTable({ rows, caption }: Props) {
  const { t, i18n } = useTranslation('tracker');

  return (
    <Table.ScrollContainer minWidth={1280}>
      <Table data-testid="recommendations" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.reference')}</Table.Th>
            <Table.Th scope="col">{t('columns.title')}</Table.Th>
            <Table.Th scope="col">{t('columns.addressee')}</Table.Th>
            <Table.Th scope="col">{t('columns.priority')}</Table.Th>
            <Table.Th scope="col">{t('columns.acceptance')}</Table.Th>
            <Table.Th scope="col">{t('columns.stateStatus')}</Table.Th>
            <Table.Th scope="col">{t('columns.monitorStatus')}</Table.Th>
            <Table.Th scope="col">{t('columns.responseDue')}</Table.Th>
            <Table.Th scope="col">{t('columns.classification')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/recommendations/${row.id}`}>
                  {row.reference}
                </Anchor>
              </Table.Th>
              <Table.Td miw={220} maw={340}>
                <Text size="sm" lineClamp={2}>
                  {row.title}
                </Text>
                {row.theme && (
                  <Text size="xs" c="dimmed">
                    {row.theme}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{row.addressee.name}</Table.Td>
              <Table.Td style={NOWRAP}>
                <PriorityBadge value={row.priority} size="sm" />
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <AcceptanceBadge value={row.acceptance} size="sm" />
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <ImplementationBadge value={row.stateStatus} size="sm" />
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <ImplementationBadge value={row.monitorStatus} size="sm" />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {row.responseOverdue ? (
                  <Tooltip label={t('due.overdueHint')} withArrow>
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm" c="red" fw={600}>
                        {formatLocalDate(row.responseDueOn, i18n.language)}
                      </Text>
                      <Text size="xs" c="red">
                        ({t('due.overdue')})
                      </Text>
                    </Group>
                  </Tooltip>
                ) : (
                  <Text size="sm">{formatLocalDate(row.responseDueOn, i18n.language)}</Text>
                )}
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <ClassificationBadge classification={row.classification} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
