import { Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATIONS, isOneOf, type Classification } from '../lib/enums.ts';
import { CLASSIFICATION_COLORS } from './classification.ts';
import { ClassificationIcon } from './ClassificationIcon.tsx';

interface Props {
  value: Classification;
  onChange: (classification: Classification) => void;
  label?: string;
  error?: string | undefined;
  disabled?: boolean;
  /** The classifications to offer (default: all). Where the server lists what the viewer may choose, pass it. */
  options?: readonly Classification[];
}

/**
 * Chooses who may read a record. Unless `options` narrows them (the reclassify control passes what
 * the server allows), every option is offered and whether the viewer's role allows a classification
 * is the server's decision (FORBIDDEN_CHANGE), shown through `error`.
 */
export function ClassificationPicker({ value, onChange, label, error, disabled, options = CLASSIFICATIONS }: Props) {
  const { t } = useTranslation('monitoring');
  return (
    <Select
      label={label ?? t('classification.label')}
      description={t(`classification.explain.${value}`)}
      data={options.map((classification) => ({
        value: classification,
        label: t(`enums.Classification.${classification}`),
      }))}
      value={value}
      allowDeselect={false}
      disabled={disabled}
      error={error}
      leftSection={
        <Text component="span" c={CLASSIFICATION_COLORS[value]} display="flex">
          <ClassificationIcon classification={value} />
        </Text>
      }
      onChange={(next) => {
        if (isOneOf(CLASSIFICATIONS, next)) onChange(next);
      }}
      renderOption={({ option }) => {
        const classification = isOneOf(CLASSIFICATIONS, option.value) ? option.value : 'ORGANISATION';
        return (
          <Stack gap={0}>
            <Group gap={6} wrap="nowrap">
              <Text component="span" c={CLASSIFICATION_COLORS[classification]} display="flex">
                <ClassificationIcon classification={classification} size={14} />
              </Text>
              <Text size="sm" fw={500}>
                {option.label}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {t(`classification.explain.${classification}`)}
            </Text>
          </Stack>
        );
      }}
    />
  );
}
