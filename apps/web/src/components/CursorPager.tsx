import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Keyset paging state for a list: the cursors of the pages seen so far (the first page has none).
 * Changing `resetKey` (the filters and sort) starts again from the first page.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  const cursors = state.key === resetKey ? state.cursors : [null];
  const index = cursors.length - 1;
  return {
    after: cursors[index] ?? null,
    index,
    next: (endCursor: string) => setState({ key: resetKey, cursors: [...cursors, endCursor] }),
    previous: () => setState({ key: resetKey, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors }),
  };
}

/** "more than 1,000" when the server stopped counting, else the number, in the reader's language. */
export function useCountText() {
  const { t, i18n } = useTranslation();
  return (count: number, capped: boolean) => {
    const number = new Intl.NumberFormat(i18n.language).format(count);
    return capped ? t('common.pages.moreThan', { count: number as unknown as number }) : number;
  };
}

/** Previous / Next buttons for a keyset-paged list (real buttons: keyboard and screen readers for free). */
export function CursorPager(props: {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  if (!props.hasPrevious && !props.hasNext) return null;
  return (
    <Group component="nav" aria-label={t('common.pages.label')} gap="sm">
      <Button variant="default" disabled={!props.hasPrevious} onClick={props.onPrevious}>
        {t('common.pages.previous')}
      </Button>
      <Button variant="default" disabled={!props.hasNext} onClick={props.onNext}>
        {t('common.pages.next')}
      </Button>
    </Group>
  );
}
