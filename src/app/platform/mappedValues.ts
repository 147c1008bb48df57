// The incident values that Azure DevOps mirrors: the stored value of every outbound mapped field ('' when empty).
// Their fingerprint is the link's last_fingerprint, so whoever writes it (the sender after a sync, the inbound side
// after applying remote values) and the capture rule that compares with it must build it from this one function.
import { outboundFields } from '../core/fieldMap';

export function mappedValues(record: GlideRecord): { [snField: string]: string } {
  var values: { [snField: string]: string } = {};
  var fields = outboundFields();
  for (var i = 0; i < fields.length; i++) values[fields[i].sn] = record.getValue(fields[i].sn) || '';
  return values;
}
