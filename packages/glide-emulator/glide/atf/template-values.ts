// The field values of a Record Insert or Record Update step, as the step stores them: an encoded list of assignments
// `field=value^field=value^EQ` (a template_value), a literal caret written twice (`^^`).

export function parseTemplateValues(text: string): Array<{ field: string; value: string }> {
  var out: Array<{ field: string; value: string }> = [];
  var terms: string[] = [];
  var current = '';
  for (var i = 0; i < text.length; i++) {
    var c = text.charAt(i);
    if (c === '^' && text.charAt(i + 1) === '^') {
      current += '^';
      i++;
    } else if (c === '^') {
      terms.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  terms.push(current);
  for (var t = 0; t < terms.length; t++) {
    var term = terms[t];
    if (term === '' || term === 'EQ') continue;
    var eq = term.indexOf('=');
    if (eq <= 0) throw new Error('Field values: "' + term + '" is not field=value');
    out.push({ field: term.substring(0, eq), value: term.substring(eq + 1) });
  }
  return out;
}
