// Log columns have a fixed length and big bodies make the log unusable: keep the head of a text and say how much was
// cut, so a reader knows the row is incomplete.

export function truncate(text: string, maxLength: number): string {
  if (text === null || text === undefined) return '';
  var value = String(text);
  if (maxLength <= 0 || value.length <= maxLength) return value;
  var marker = '... [truncated ' + (value.length - maxLength) + ' of ' + value.length + ' characters]';
  return value.substring(0, maxLength) + marker;
}
