import { Box, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** One sentence that says what the chart shows, read by screen readers instead of the drawing. */
  summary: string;
  chart: ReactNode;
  /** The same figures as a table: the accessible alternative, with links to the lists behind them. */
  table: ReactNode;
}

/**
 * A chart with its table alternative. The drawing is hidden from assistive technology (its
 * summary names it); the table under "Show as a table" carries every figure and link.
 */
export function ChartFigure({ title, summary, chart, table }: Props) {
  const { t } = useTranslation('dashboard');
  const id = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={`${id}-title`}>
      <Title order={3} fz="h4" id={`${id}-title`}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" id={`${id}-summary`}>
        {summary}
      </Text>
      <Box aria-hidden="true" style={{ minWidth: 0 }}>
        {chart}
      </Box>
      <details>
        <summary>
          <Text component="span" size="sm" fw={500}>
            {t('showTable')}
          </Text>
        </summary>
        <Box mt="sm">{table}</Box>
      </details>
    </Stack>
  );
}
