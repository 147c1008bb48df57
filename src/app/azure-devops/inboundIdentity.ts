// Learns which Azure DevOps identity the connection's credential acts as, from our own successful writes: the
// work item we just created or updated (System.ChangedBy), or the comment we just added (createdBy). It is kept in
// connection.remote_identity; the inbound side compares each revision's author with it, and a revision we made
// ourselves is our own change coming back (an echo), not applied. Learned rather than configured, so a rotated PAT or
// a new service principal is followed without an admin's help.
import { formatAdoIdentity, parseAdoIdentity } from '../inbound/adoIdentity';
import { parseJsonOrNull } from '../core/jsonNesting';
import { findConnectionRow, updateConnectionRow } from '../model/connection';

export class OwnIdentityRecorder {
  private connectionSysId: string;
  /** the stored value as last read or written by this recorder; null until first needed */
  private known: string | null = null;

  constructor(connectionSysId: string) {
    this.connectionSysId = connectionSysId;
  }

  /** Records the author of a work item or comment answer (JSON text) when it differs from the stored identity. At
   * most one read of the connection per recorder, and a write only when the identity changed. */
  learnFrom(answerJson: string): void {
    var answer = parseJsonOrNull(answerJson);
    if (!answer || typeof answer !== 'object') return;
    var identity = parseAdoIdentity(answer.fields ? answer.fields['System.ChangedBy'] : answer.createdBy);
    if (!identity || !this.connectionSysId) return;
    var value = formatAdoIdentity(identity);
    if (value === this.known) return;
    var gr = findConnectionRow(this.connectionSysId);
    if (!gr) return;
    this.known = gr.getValue('remote_identity') || '';
    if (value === this.known) return;
    updateConnectionRow(gr, { remote_identity: value }, 'the identity the connection acts as');
    this.known = value;
  }
}
