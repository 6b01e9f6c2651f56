import { DEFAULT_THEME, getPrimaryShade, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../lib/contrast.ts';
import { cssVariablesResolver, theme } from './theme.ts';

const resolved = mergeMantineTheme(DEFAULT_THEME, theme);
const white = resolved.white;
const primaryFilled = resolved.colors[resolved.primaryColor]![getPrimaryShade(resolved, 'light')]!;
const dimmed = cssVariablesResolver(resolved).light['--mantine-color-dimmed']!;
// The grey backgrounds Mantine paints behind text in the light scheme (default hover, table stripes, code).
const greyBackgrounds = [resolved.colors.gray[0]!, resolved.colors.gray[1]!];
const AA = 4.5;

describe('theme contrast (WCAG AA, 4.5:1 for normal text)', () => {
  it('the WCAG formula gives the known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // Mantine's defaults the issue measured: dimmed gray 6 on white 3.3:1, white on indigo 6 4.3:1.
    expect(contrastRatio(DEFAULT_THEME.colors.gray[6], '#ffffff')).toBeCloseTo(3.32, 2);
    expect(contrastRatio('#ffffff', DEFAULT_THEME.colors.indigo[6])).toBeCloseTo(4.32, 2);
  });

  it('body text on white', () => {
    expect(contrastRatio(resolved.black, white)).toBeGreaterThanOrEqual(AA);
  });

  it('white label on a filled primary button', () => {
    expect(contrastRatio(white, primaryFilled)).toBeGreaterThanOrEqual(AA);
  });

  it('primary-coloured text (links, light and subtle buttons) on white', () => {
    expect(contrastRatio(primaryFilled, white)).toBeGreaterThanOrEqual(AA);
  });

  it("a field's error message on white (Mantine's red 6 is 3.3:1)", () => {
    const error = cssVariablesResolver(resolved).light['--mantine-color-error']!;
    expect(contrastRatio(DEFAULT_THEME.colors.red[6], white)).toBeLessThan(AA);
    expect(contrastRatio(error, white)).toBeGreaterThanOrEqual(AA);
  });

  it('dimmed text on white and on the grey backgrounds', () => {
    expect(contrastRatio(dimmed, white)).toBeGreaterThanOrEqual(AA);
    for (const background of greyBackgrounds) expect(contrastRatio(dimmed, background)).toBeGreaterThanOrEqual(AA);
  });
});

describe('variant text colours', () => {
  it.each(['orange', 'yellow', 'teal', 'green', 'red', 'gray', 'indigo', 'cyan', 'blue', 'grape', 'violet'])(
    'outline and light %s badges print text at 4.5:1 or more on white and on their light tint',
    (color) => {
      for (const variant of ['outline', 'light', 'subtle']) {
        const { color: text } = theme.variantColorResolver!({ color, variant, theme: resolved });
        expect(text).toMatch(/^#[0-9a-f]{6}$/i);
        expect(contrastRatio(text, white)).toBeGreaterThanOrEqual(AA);
        // The tint, and the darker tint under the pointer (shade 2 is at least as dark).
        expect(contrastRatio(text, resolved.colors[color]![1]!)).toBeGreaterThanOrEqual(AA);
        expect(contrastRatio(text, resolved.colors[color]![2]!)).toBeGreaterThanOrEqual(AA);
      }
    },
  );

  it.each(['orange', 'yellow', 'teal', 'green', 'red', 'gray', 'indigo', 'cyan', 'blue', 'grape', 'violet'])(
    'filled %s badges and buttons carry their white label at 4.5:1 or more',
    (color) => {
      const { background } = theme.variantColorResolver!({ color, variant: 'filled', theme: resolved });
      const painted = background.startsWith('#')
        ? background
        : resolved.colors[color]![getPrimaryShade(resolved, 'light')]!;
      expect(contrastRatio(white, painted)).toBeGreaterThanOrEqual(AA);
    },
  );
});

describe('coloured text variables', () => {
  const variables = cssVariablesResolver(resolved).light;
  it.each(['orange', 'yellow', 'teal', 'green', 'red', 'gray', 'indigo', 'cyan', 'blue', 'grape', 'violet'])(
    '%s text (c="%s") reads at 4.5:1 on white and on striped and hovered rows; its light variant on its tint',
    (color) => {
      const text = variables[`--mantine-color-${color}-text`]!;
      for (const background of [white, ...greyBackgrounds]) {
        expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(AA);
      }
      const light = variables[`--mantine-color-${color}-light-color`]!;
      expect(contrastRatio(light, resolved.colors[color]![1]!)).toBeGreaterThanOrEqual(AA);
      // An active nav link under the pointer sits on the hovered tint.
      expect(contrastRatio(light, resolved.colors[color]![2]!)).toBeGreaterThanOrEqual(AA);
    },
  );
});
