import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Acceptance, ImplementationStatus, Priority } from '../../lib/enums.ts';
import { ACCEPTANCE_COLORS, IMPLEMENTATION_COLORS, PRIORITY_COLORS } from './status-colors.ts';

type Size = BadgeProps['size'];

/** Badges keep their whole text in narrow table columns (the table scrolls instead). */
const WHOLE = { minWidth: 'max-content' } as const;

/** Keeps a badge's text whole (the row grows), or lets it wrap onto a second line within its box (the theme's way). */
function fitting(wrap: boolean) {
  return wrap ? {} : { style: WHOLE };
}

export function AcceptanceBadge({ value, size, wrap = false }: { value: Acceptance; size?: Size; wrap?: boolean }) {
  const { t } = useTranslation('tracker');
  return (
    <Badge color={ACCEPTANCE_COLORS[value]} variant="light" size={size} {...fitting(wrap)}>
      {t(`enums.Acceptance.${value}`)}
    </Badge>
  );
}

/** An implementation status; "no information yet" when nobody recorded one. */
export function ImplementationBadge({
  value,
  size,
  wrap = false,
}: {
  value: ImplementationStatus | null;
  size?: Size;
  /** Wrap a long status onto two lines instead of keeping it on one (a table cell keeps it whole). */
  wrap?: boolean;
}) {
  const { t } = useTranslation('tracker');
  const fit = fitting(wrap);
  if (value === null) {
    return (
      <Badge color="gray" variant="outline" size={size} {...fit}>
        {t('status.none')}
      </Badge>
    );
  }
  return (
    <Badge color={IMPLEMENTATION_COLORS[value]} variant="light" size={size} {...fit}>
      {t(`enums.ImplementationStatus.${value}`)}
    </Badge>
  );
}

/** A priority; `named` says what the value is ("Prioridad alta") where no column header does. */
export function PriorityBadge({ value, size, named = false }: { value: Priority; size?: Size; named?: boolean }) {
  const { t } = useTranslation('tracker');
  return (
    <Badge color={PRIORITY_COLORS[value]} variant="dot" size={size} style={WHOLE}>
      {named ? t(`enums.PriorityNamed.${value}`) : t(`enums.Priority.${value}`)}
    </Badge>
  );
}
