// Reading sysparm_* query parameters the way the REST APIs do: the first value of a name counts.
export type QueryParams = { [name: string]: string[] };

/** first value of a parameter, or null when absent */
export function param(query: QueryParams, name: string): string | null {
  var values = Object.prototype.hasOwnProperty.call(query, name) ? query[name] : null;
  return values && values.length > 0 ? values[0] : null;
}

/** a boolean parameter: true only for "true" (any case) */
export function flag(query: QueryParams, name: string): boolean {
  var value = param(query, name);
  return value !== null && value.toLowerCase() === 'true';
}

/** a non-negative integer parameter; `fallback` when absent or not a non-negative number */
export function count(query: QueryParams, name: string, fallback: number): number {
  var value = param(query, name);
  if (value === null || !/^\s*\d+\s*$/.test(value)) return fallback;
  return parseInt(value, 10);
}
