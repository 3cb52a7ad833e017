/** Collects query parameters and hands out their `$n` placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A `LIKE` pattern matching `text` anywhere, with `%`, `_` and `\` taken literally (use `ESCAPE '\'`). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `(a ILIKE $n ESCAPE '\' OR b ILIKE $n …)`: `text` found anywhere in any of `columns`, taken literally. */
export function textSearchCondition(params: SqlParams, text: string, columns: readonly string[]): string {
  const pattern = params.add(containsPattern(text));
  return `(${columns.map((column) => `${column} ILIKE ${pattern} ESCAPE '\\'`).join(' OR ')})`;
}

/** Conditions of an optional price range on a `bigint` column. */
export function priceRangeConditions(params: SqlParams, column: string, min: number | undefined, max: number | undefined): string[] {
  const out: string[] = [];
  if (min !== undefined) out.push(`${column} >= ${params.add(min)}::bigint`);
  if (max !== undefined) out.push(`${column} <= ${params.add(max)}::bigint`);
  return out;
}
