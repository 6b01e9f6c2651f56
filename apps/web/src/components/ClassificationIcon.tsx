import type { Classification } from '../lib/enums.ts';

// Outline icons (24×24, stroke) so that the classification is recognisable without reading or colour.
const PATHS: Record<Classification, readonly string[]> = {
  // A globe: anyone.
  PUBLIC: [
    'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0',
    'M3.6 9h16.8',
    'M3.6 15h16.8',
    'M12 3a14 14 0 0 0 0 18',
    'M12 3a14 14 0 0 1 0 18',
  ],
  // A group of people: the working group.
  WORKING_GROUP: [
    'M5 7a4 4 0 1 0 8 0a4 4 0 1 0 -8 0',
    'M3 21v-2a4 4 0 0 1 4 -4h4a4 4 0 0 1 4 4v2',
    'M16 3.13a4 4 0 0 1 0 7.75',
    'M21 21v-2a4 4 0 0 0 -3 -3.85',
  ],
  // Linked nodes: named organisations.
  SHARED: [
    'M3 12a3 3 0 1 0 6 0a3 3 0 1 0 -6 0',
    'M15 6a3 3 0 1 0 6 0a3 3 0 1 0 -6 0',
    'M15 18a3 3 0 1 0 6 0a3 3 0 1 0 -6 0',
    'M8.7 10.7l6.6 -3.4',
    'M8.7 13.3l6.6 3.4',
  ],
  // A building: the owner organisation only.
  ORGANISATION: [
    'M3 21h18',
    'M5 21v-14l8 -4v18',
    'M19 21v-10l-6 -4',
    'M9 9v.01',
    'M9 12v.01',
    'M9 15v.01',
    'M9 18v.01',
  ],
  // A padlock: SPT-confidential.
  SPT_CONFIDENTIAL: [
    'M5 13a2 2 0 0 1 2 -2h10a2 2 0 0 1 2 2v6a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2v-6z',
    'M11 16a1 1 0 1 0 2 0a1 1 0 0 0 -2 0',
    'M8 11v-4a4 4 0 1 1 8 0v4',
  ],
};

/** Decorative: always accompanied by the classification's name. */
export function ClassificationIcon({ classification, size = 16 }: { classification: Classification; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable={false}
      style={{ flexShrink: 0 }}
    >
      {PATHS[classification].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
