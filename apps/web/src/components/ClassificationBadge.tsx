import { Badge, Tooltip, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../lib/enums.ts';
import { CLASSIFICATION_COLORS } from './classification.ts';
import { ClassificationIcon } from './ClassificationIcon.tsx';

interface Props {
  classification: Classification;
  size?: BadgeProps['size'];
}

/** The classification with its colour and icon; SPT-confidential is a solid red badge citing art. 16. */
// Badges keep their whole text inside narrow table cells instead of an ellipsis.
const FULL_LABEL = { root: { flexShrink: 0 }, label: { overflow: 'visible' } } as const;

export function ClassificationBadge({ classification, size = 'md' }: Props) {
  const { t } = useTranslation('monitoring');
  const spt = classification === 'SPT_CONFIDENTIAL';
  return (
    <Tooltip label={t(`classification.explain.${classification}`)} withArrow multiline maw={320}>
      <Badge
        styles={FULL_LABEL}
        size={size}
        color={CLASSIFICATION_COLORS[classification]}
        variant={spt ? 'filled' : 'light'}
        leftSection={<ClassificationIcon classification={classification} size={12} />}
        data-classification={classification}
        style={{ flexShrink: 0 }}
      >
        {t(`classification.badge.${classification}`)}
      </Badge>
    </Tooltip>
  );
}
