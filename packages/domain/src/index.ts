export * from './enums.ts';
export * from './policy/index.ts';
export * from './vocabulary.ts';
export * from './countries.ts';
export * from './dates.ts';
export * from './typography.ts';
