import {
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
  // Light variants paint a tint of the colour behind the text, a darker one under the pointer: shade 2 is as
  // dark as that hovered tint gets (shade 1 left an active nav link under the pointer at 3.75:1).
  const text = readableOn(base, palette[2] ?? '#ffffff');
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
    // Plain objects, not Badge.extend(): importing a component here would put it in the sign-in page's download.
    // Mantine cuts a badge's label with an ellipsis where its box is narrower: a status column squeezed by its
    // table read "En c…", a working-group role "Integra…". A badge that has no room wraps instead (its longest
    // word stays whole, so a table column never gets narrower than that); `style={{ minWidth: 'max-content' }}`
    // keeps one on a single line where the row should grow instead.
    Badge: {
      styles: {
        root: { textTransform: 'none', height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' },
      },
    },
    // The active link's description is printed at 90 % opacity over the tint (4.07:1); full opacity reads.
    NavLink: { styles: { description: { opacity: 1 } } },
  },
});

/** The dimmed text colour (hints, captions, secondary lines) in the light scheme: gray 7 instead of gray 6 (3.3:1). */
export const DIMMED_SHADE = 7;

/**
 * Text in a colour (`c="red"`: `--mantine-color-red-text`) and the light variant's text (active nav links:
 * `--mantine-color-indigo-light-color`) print the colour's shade as it is; on a striped or hovered table row
 * (gray 1) red 8 is 4.28:1 and the active nav link 4.41:1. Each colour's text is darkened until it reads at
 * 4.5:1 on the darkest background it sits on (gray 1 for text, the light tint for the light variant).
 */
function readableColorTexts(resolved: Parameters<CSSVariablesResolver>[0]): Record<string, string> {
  const shade = getPrimaryShade(resolved, 'light');
  const rowBackground = resolved.colors.gray[1] ?? '#f1f3f5';
  const variables: Record<string, string> = {};
  for (const [name, palette] of Object.entries(resolved.colors)) {
    const base = palette[shade];
    if (!base || !/^#[0-9a-f]{6}$/i.test(base)) continue;
    variables[`--mantine-color-${name}-text`] = readableOn(base, rowBackground);
    variables[`--mantine-color-${name}-light-color`] = readableOn(base, palette[2] ?? '#ffffff');
  }
  // The primary colour's light variant has its own variable (the active nav link's text).
  const primaryLight = variables[`--mantine-color-${resolved.primaryColor}-light-color`];
  if (primaryLight) variables['--mantine-primary-color-light-color'] = primaryLight;
  return variables;
}

/**
 * Mantine's dimmed grey fails WCAG AA on white and on its grey backgrounds; this one reaches 7:1. Its error
 * colour (red 6: a field's error message, 3.3:1 on white) is darkened until the message reads at 4.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[DIMMED_SHADE] ?? '#495057',
    '--mantine-color-error': readableOn(resolved.colors.red[6] ?? '#fa5252', resolved.white),
    ...readableColorTexts(resolved),
  },
  dark: {},
});
