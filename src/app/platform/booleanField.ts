// Reading a boolean column: getValue() gives '1'/'0' on an instance; 'true'/'false' is accepted too for rows that
// were written raw (imports, fixtures).

export function isTrue(value: string | null): boolean {
  return value === '1' || value === 'true';
}
