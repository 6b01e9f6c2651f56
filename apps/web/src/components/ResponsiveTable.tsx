import { Box, Card, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { TableScroll } from './TableScroll.tsx';

/** One column of a list: its header (the card's label for the value) and its cell. */
export interface ListColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** On a card, when it differs from the table's cell (a badge that may wrap in half a card). */
  cardCell?: (row: T) => ReactNode;
  /** The cell keeps its content on one line (badges, dates): the table scrolls instead. */
  nowrap?: boolean;
  /** Table cell width limits, in px. */
  minWidth?: number;
  maxWidth?: number;
  /** On a card: the whole width (a title, a list of places) instead of half of it. */
  wide?: boolean;
  /** On a card: the value without its label (a title, buttons that name what they act on); in the table its
   * header is read by screen readers only. */
  unlabelled?: boolean;
  /** Only on a card: the table shows this value inside another cell (the row header, say). */
  cardOnly?: boolean;
  /** In the table: aligned to the end (numbers). */
  numeric?: boolean;
}

interface Props<T> {
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The table's caption; the cards' list is named by it and shows it under the cards. */
  caption?: string;
  /** The cards' list's name when there is no caption. */
  label?: string;
  /** The row's header cell (the link to the record): the first column, and the top line of a card. */
  head: ListColumn<T>;
  columns: readonly ListColumn<T>[];
  /** The width the table needs: in a narrower column (a phone, a tablet, beside a side panel) the rows are cards. */
  minWidth: number;
  testId?: string;
  /** A row that needs attention (an overdue action): tinted in the table, edged on its card. Say it in a cell too. */
  alert?: (row: T) => boolean;
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;
const ALERT_BACKGROUND = 'var(--mantine-color-red-light)';
const ALERT_EDGE = { borderInlineStart: '4px solid var(--mantine-color-red-filled)' } as const;

/**
 * Whether the element is at least `min` px wide, followed as its column resizes: a container query whose
 * threshold is each table's own width. Measured before the first paint; until then, a guess from the window.
 */
function useFitsWidth(min: number): [RefObject<HTMLDivElement | null>, boolean] {
  const ref = useRef<HTMLDivElement>(null);
  const [fits, setFits] = useState(() => window.innerWidth >= min + 320);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setFits(element.clientWidth >= min);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [min]);
  return [ref, fits];
}

/**
 * A list of records as a table where its column has the table's width, and as one card per record with every
 * column labelled where it has not (a phone; a tablet or a laptop beside the app's menu; a page's side panel),
 * so that nothing is read by scrolling sideways through a table wider than the screen. Only one of the two is
 * rendered.
 */
export function ResponsiveTable<T>({ rows, rowKey, caption, label, head, columns, minWidth, testId, alert }: Props<T>) {
  const tableColumns = columns.filter((column) => !column.cardOnly);
  const [container, fits] = useFitsWidth(minWidth);
  return (
    <Box ref={container} w="100%" miw={0}>
      {fits ? (
        <TableScroll minWidth={minWidth} label={caption ?? label ?? ''}>
          <Table data-testid={testId} striped highlightOnHover verticalSpacing="sm">
            {caption && <Table.Caption>{caption}</Table.Caption>}
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{head.header}</Table.Th>
                {tableColumns.map((column) => (
                  <Table.Th scope="col" key={column.header} ta={column.numeric ? 'end' : undefined}>
                    {column.unlabelled ? <VisuallyHidden>{column.header}</VisuallyHidden> : column.header}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={rowKey(row)} bg={alert?.(row) ? ALERT_BACKGROUND : undefined}>
                  <Table.Th
                    scope="row"
                    fw={500}
                    miw={head.minWidth}
                    maw={head.maxWidth}
                    style={head.nowrap ? NOWRAP : undefined}
                  >
                    {head.cell(row)}
                  </Table.Th>
                  {tableColumns.map((column) => (
                    <Table.Td
                      key={column.header}
                      ta={column.numeric ? 'end' : undefined}
                      miw={column.minWidth}
                      maw={column.maxWidth}
                      style={column.nowrap ? NOWRAP : undefined}
                    >
                      {column.cell(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : (
        <Stack gap="sm" data-testid={testId ? `${testId}-cards` : undefined}>
          <Stack component="ul" gap="sm" p={0} m={0} aria-label={caption ?? label} style={{ listStyle: 'none' }}>
            {rows.map((row) => (
              <Card
                component="li"
                key={rowKey(row)}
                withBorder
                radius="md"
                padding="sm"
                style={alert?.(row) ? ALERT_EDGE : undefined}
              >
                <Stack gap="xs">
                  <Box fw={600}>{(head.cardCell ?? head.cell)(row)}</Box>
                  <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
                    {columns.map((column) => (
                      <Box key={column.header} style={column.wide ? { gridColumn: '1 / -1' } : undefined}>
                        {!column.unlabelled && (
                          <Text size="xs" c="dimmed">
                            {column.header}
                          </Text>
                        )}
                        <Box mt={column.unlabelled ? 0 : 2} fz="sm">
                          {(column.cardCell ?? column.cell)(row)}
                        </Box>
                      </Box>
                    ))}
                  </SimpleGrid>
                </Stack>
              </Card>
            ))}
          </Stack>
          {caption && (
            <Text size="sm" c="dimmed" ta="center">
              {caption}
            </Text>
          )}
        </Stack>
      )}
    </Box>
  );
}
