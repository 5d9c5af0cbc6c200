/** JSON columns: null stays SQL NULL so "no value" and "the JSON value null" are not confused by queries. */
export function toJsonColumn(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export function fromJsonColumn<T = unknown>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}
