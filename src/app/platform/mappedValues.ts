// The incident values that Azure DevOps mirrors: the stored value of every outbound mapped field ('' when empty).
// Their fingerprint is the link's last_fingerprint, so whoever writes it (the sender after a sync, the inbound side
// after applying remote values) and the capture rule that compares with it must build it from this one function.
// It covers the incident side of the field map only, which is the same through every connection (fieldMap.ts): the
// remote field a connection sends the description to does not change what the fingerprint is over.
import { outboundFieldNames } from '../core/fieldMap';

export function mappedValues(record: GlideRecord): { [snField: string]: string } {
  var values: { [snField: string]: string } = {};
  var names = outboundFieldNames();
  for (var i = 0; i < names.length; i++) values[names[i]] = record.getValue(names[i]) || '';
  return values;
}
