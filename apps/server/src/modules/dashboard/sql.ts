/** A parameterised SQL fragment (knex `?` placeholders), composed without string-pasting values. */
export interface Sql {
  text: string;
  params: unknown[];
}

export function sql(strings: TemplateStringsArray, ...values: (Sql | Param)[]): Sql {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof Param) {
      text += '?';
      params.push(value.value);
    } else {
      text += value.text;
      params.push(...value.params);
    }
    text += strings[i + 1] ?? '';
  });
  return { text, params };
}

/** A bound value. */
export class Param {
  constructor(readonly value: unknown) {}
}

export const p = (value: unknown) => new Param(value);

/** A PostgreSQL array literal bound as one parameter (cast in the SQL: `?::uuid[]`). */
export function arrayParam(values: readonly string[]): Param {
  return new Param(`{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`);
}

export function join(parts: Sql[], separator: string): Sql {
  return {
    text: parts.map((part) => part.text).join(separator),
    params: parts.flatMap((part) => part.params),
  };
}

export const raw = (text: string): Sql => ({ text, params: [] });
