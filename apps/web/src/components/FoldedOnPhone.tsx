import { Button, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A list's secondary filters on a phone: folded behind a "More filters" button, so the list starts on the
 * first screen instead of after a screenful of empty fields. They stay open while one of them narrows the
 * list (`inUse`), so nothing filters out of sight. From a tablet's width up they always show.
 */
export function useFoldedOnPhone(inUse: boolean): { shown: boolean; toggle: ReactNode } {
  const { t } = useTranslation();
  // A phone: narrower than Mantine's `sm` breakpoint (48em). Lists choose cards by their own column's width.
  const { breakpoints } = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${breakpoints.sm})`, undefined, {
    getInitialValueInEffect: false,
  });
  const phone = !wide;
  const [unfolded, setUnfolded] = useState(false);
  const toggle =
    phone && !inUse ? (
      <Button variant="light" size="compact-sm" aria-expanded={unfolded} onClick={() => setUnfolded((open) => !open)}>
        {unfolded ? t('common.filters.fewer') : t('common.filters.more')}
      </Button>
    ) : null;
  return { shown: !phone || unfolded || inUse, toggle };
}
