import { Anchor, Box, Card, Group, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
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

/** One labelled value of a phone card. */
function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Box mt={2}>{children}</Box>
    </div>
  );
}

/**
 * The tracker on a phone: one card per recommendation with every column of the table, labelled, so
 * the State's and the monitor's statuses are read side by side without scrolling sideways.
 */
function RecommendationCards({ rows, caption }: Props) {
  const { t } = useTranslation('tracker');
  return (
    <Stack gap="sm" hiddenFrom="sm">
      <Stack component="ul" gap="sm" p={0} m={0} aria-label={caption} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <Card component="li" key={row.id} withBorder radius="md" padding="sm">
            <Stack gap="xs">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/recommendations/${row.id}`} fw={600}>
                  {row.reference}
                </Anchor>
                <PriorityBadge value={row.priority} size="sm" />
              </Group>
              <div>
                <Title order={2} fz="sm" fw={500}>
                  {row.title}
                </Title>
                {row.theme && (
                  <Text size="xs" c="dimmed">
                    {row.theme}
                  </Text>
                )}
              </div>
              <Field label={t('columns.addressee')}>
                <Text size="sm">{row.addressee.name}</Text>
              </Field>
              <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
                <Field label={t('columns.stateStatus')}>
                  <ImplementationBadge value={row.stateStatus} size="sm" wrap />
                </Field>
                <Field label={t('columns.monitorStatus')}>
                  <ImplementationBadge value={row.monitorStatus} size="sm" wrap />
                </Field>
                <Field label={t('columns.acceptance')}>
                  <AcceptanceBadge value={row.acceptance} size="sm" />
                </Field>
                <Field label={t('columns.responseDue')}>
                  <DueDate row={row} />
                </Field>
              </SimpleGrid>
              <Field label={t('columns.classification')}>
                <ClassificationBadge classification={row.classification} size="sm" />
              </Field>
            </Stack>
          </Card>
        ))}
      </Stack>
      <Text size="sm" c="dimmed" ta="center">
        {caption}
      </Text>
    </Stack>
  );
}

/** The recommendations as a table from a tablet's width up, as cards on a phone. */
export function RecommendationsTable(props: Props) {
  return (
    <>
      <RecommendationsTableWide {...props} />
      <RecommendationCards {...props} />
    </>
  );
}

function RecommendationsTableWide({ rows, caption }: Props) {
  const { t } = useTranslation('tracker');

  return (
    <Table.ScrollContainer minWidth={1280} visibleFrom="sm">
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
                <DueDate row={row} />
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
