// Choice lists are written as [value, label] pairs in the schema data; this turns them into FieldSchema.choices.
export function choiceList(pairs: string[][]): Array<{ value: string; label: string }> {
  var out: Array<{ value: string; label: string }> = [];
  for (var i = 0; i < pairs.length; i++) out.push({ value: pairs[i][0], label: pairs[i][1] });
  return out;
}
