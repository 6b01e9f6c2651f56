/** A value as it goes into a spreadsheet cell. */
export type Cell = string | number | boolean | null;

/**
 * Characters that make a spreadsheet read a cell as a formula (or that some programs strip before
 * doing so): = + - @, a tab and a carriage return (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as exported: text that a spreadsheet would run as a formula gets a leading apostrophe,
 * which Excel, LibreOffice and Google Sheets show as plain text. Numbers, booleans and empty cells
 * pass unchanged.
 */
export function protectCell(value: Cell): Cell {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * A cell as imported: a protected cell ('=…) back to its text; an unprotected one that a
 * spreadsheet would run as a formula is refused (null), never stored.
 */
export function unprotectCell(text: string): string | null {
  if (text.startsWith("'") && FORMULA_START.test(text.slice(1))) return text.slice(1);
  return FORMULA_START.test(text) ? null : text;
}
