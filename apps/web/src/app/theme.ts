import {
  Badge,
  createTheme,
  defaultVariantColorsResolver,
  getPrimaryShade,
  rem,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';
import { contrastRatio, darkenHex } from '../lib/contrast.ts';

const AA = 4.5;

/** A text colour that reaches WCAG AA on `background`: the given one, else darkened step by step. */
export function readableOn(color: string, background = '#ffffff'): string {
  let candidate = color;
  for (let step = 0; step < 20 && contrastRatio(candidate, background) < AA; step += 1)
    candidate = darkenHex(candidate, 0.05);
  return candidate;
}

/**
 * Outline, light, subtle and transparent variants print the colour itself as text (an orange "unannounced"
 * badge was 3.6:1). Their text is darkened until it reads at 4.5:1 on white and on the light tint; a filled
 * variant's background is darkened until its white label does.
 */
export const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const palette = input.color ? input.theme.colors[input.color] : undefined;
  const base = palette?.[getPrimaryShade(input.theme, 'light')];
  if (!base) return colors; // A CSS colour or "color.shade" given explicitly: the caller chose it.
  if (input.variant === 'filled') {
    // White labels on the colour (a teal badge at shade 8 is 3.9:1): darken the background until they read.
    const background = readableOn(base, input.theme.white);
    return background === base ? colors : { ...colors, background, hover: darkenHex(background, 0.1) };
  }
  if (!['outline', 'light', 'subtle', 'transparent'].includes(input.variant)) return colors;
  // Light variants paint a tint of the colour behind the text: shade 1 is as dark as that tint gets.
  const text = readableOn(base, palette[1] ?? '#ffffff');
  return { ...colors, color: text, border: input.variant === 'outline' ? `${rem(1)} solid ${text}` : colors.border };
};

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6 (Mantine's default) gives white button labels 4.3:1; shade 8 gives 5.7:1 (WCAG AA needs 4.5:1).
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '700' },
  variantColorResolver,
  components: {
    // Badges carry translated words ("Presidencia", "Red regional"); capitals make them shout and copy oddly.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none' } } }),
  },
});

/** The dimmed text colour (hints, captions, secondary lines) in the light scheme: gray 7 instead of gray 6 (3.3:1). */
export const DIMMED_SHADE = 7;

/** Mantine's dimmed grey fails WCAG AA on white and on its grey backgrounds; this one reaches 7:1. */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--mantine-color-dimmed': resolved.colors.gray[DIMMED_SHADE] },
  dark: {},
});
