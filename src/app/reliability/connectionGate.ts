// Whether a connection may be sent to now, kept on its x_incb_bridge_connection row so every worker node sees it:
// - rate_limited_until: Azure DevOps asked for a pause (429/503 with Retry-After) or its budget runs low (spacing);
//   nothing is sent to the connection before it, by any delivery: one 429 pauses the whole connection;
// - consecutive_failures / circuit_open_until / circuit_probe_token: the circuit breaker (core/circuitBreaker.ts).
//   When a cool-down ends, the first delivery claims the probe with ONE conditional update (on an instance a single
//   UPDATE ... WHERE, so exactly one claimer matches) that also holds the circuit shut for the others while it runs;
//   its outcome closes the circuit or opens it for another cool-down.
// A pause or a cool-down queues x_incb_bridge.connection.resume for its end, so delivery resumes on time rather
// than at the next sweep.
//
// One gate serves one delivery: admit() before anything is sent, waitMs()/observe() around each request (through
// the Azure DevOps client), settle() with the delivery's result.
import { Availability, circuitPosition, deliveryAvailability, isOutageStatus } from '../core/circuitBreaker';
import { readRateLimit } from '../core/rateLimit';
import { CONNECTION_TABLE } from '../core/tables';
import { SyncResult } from '../sync/deliveryResult';
import { ceilValue, dateTimeAt, nowMs, nowValue, valueMs } from '../platform/clock';
import { HttpResult } from '../platform/http';
import { claimTimeoutMs } from '../queue/outboxSettings';
import { degradedHealthValues, exchangeHealthValues } from './connectionHealth';
import { findConnectionRow, storedHealthOf, updateConnection } from '../model/connection';
import { CONNECTION_RESUME_EVENT } from './connectionEvents';
import { circuitCooldownMs, circuitFailureThreshold, defaultRateLimitPauseMs, slowDownBelow } from './reliabilitySettings';

export interface Admission {
  /** true: deliver now */
  go: boolean;
  /** when not admitted: the connection accepts nothing before this time (epoch ms) */
  untilMs?: number;
  /** when not admitted: why, for the entry's last_error */
  reason?: string;
}

/** What the Azure DevOps client asks before and tells after each request. */
export interface RequestGate {
  /** milliseconds to wait before this request may be sent (0: send now) */
  waitMs(): number;
  observe(result: HttpResult): void;
}

function intValue(gr: GlideRecord, field: string): number {
  var value = parseInt(gr.getValue(field) || '0', 10);
  return isNaN(value) ? 0 : value;
}

function timeText(ms: number): string {
  return ceilValue(ms) + ' UTC';
}

export class ConnectionGate implements RequestGate {
  private connectionSysId: string;
  private record: GlideRecord | null = null;
  /** the latest end of a pause this delivery knows of (epoch ms, 0: none) */
  private pausedUntilMs = 0;
  private requests = 0;
  /** responses showing Azure DevOps is there */
  private answered = 0;
  private failures = 0;
  private probing = false;
  private admitted = false;

  constructor(connectionSysId: string) {
    this.connectionSysId = connectionSysId;
  }

  admit(): Admission {
    var gr = findConnectionRow(this.connectionSysId);
    if (!gr) return { go: true };
    this.record = gr;
    this.admitted = true;
    var now = nowMs();
    var limitedUntil = valueMs(gr.getValue('rate_limited_until'));
    if (limitedUntil !== null && limitedUntil > now) {
      return { go: false, untilMs: limitedUntil, reason: 'Not sent: Azure DevOps rate-limits this connection until ' + timeText(limitedUntil) };
    }
    this.failures = intValue(gr, 'consecutive_failures');
    var openUntil = valueMs(gr.getValue('circuit_open_until'));
    var position = circuitPosition(this.failures, openUntil, now, circuitFailureThreshold());
    if (position === 'closed') return { go: true };
    if (position === 'open') return this.circuitOpen(openUntil as number);
    return this.claimProbe(now);
  }

  waitMs(): number {
    // The first request after admit() goes by the row admit() just read; any other re-reads it, because another
    // worker may have been told to pause meanwhile.
    if (!this.admitted || this.requests > 0) this.refreshPause();
    return Math.max(0, this.pausedUntilMs - nowMs());
  }

  observe(result: HttpResult): void {
    this.requests++;
    if (result.pausedMs) return;
    var status = result.status;
    if (status !== 0 && status !== 429 && !isOutageStatus(status)) this.answered++;
    var now = nowMs();
    var reading = readRateLimit(status, result.headers, now, slowDownBelow(), defaultRateLimitPauseMs());
    if (reading.remaining !== null) this.write({ rate_limit_remaining: String(reading.remaining) });
    if (reading.pauseMs > 0) this.pauseUntil(now + reading.pauseMs);
  }

  /** Circuit bookkeeping and the connection's health from the delivery's result, in one write at most (none when
   * nothing changed); sets result.pausedUntilMs when the connection is paused. */
  settle(result: SyncResult): void {
    var availability: Availability = deliveryAvailability(result.httpStatus, result.outcome === 'retry', this.answered);
    var values: { [field: string]: string } = {};
    if (availability === 'unavailable') this.failed(result.error || 'HTTP ' + result.httpStatus);
    else if (availability === 'available' && (this.failures > 0 || this.probing)) values = { consecutive_failures: '0', circuit_open_until: '', circuit_probe_token: '' };
    // A probe that sent nothing tested nothing: the next delivery probes instead.
    else if (availability === 'untested' && this.probing) values = { circuit_open_until: '', circuit_probe_token: '' };
    // An outage is judged by the circuit (failed() degrades the connection when it opens), not by one delivery.
    var health = availability === 'unavailable' || !this.record ? null : exchangeHealthValues(storedHealthOf(this.record), {
      direction: 'outbound',
      delivered: result.outcome === 'sent',
      httpStatus: result.httpStatus,
      error: result.error,
      authType: this.record.getValue('auth_type') || 'none',
      circuitClosed: this.probing && availability === 'available',
    });
    var changed = false;
    for (var field in values) changed = changed || Object.prototype.hasOwnProperty.call(values, field);
    if (health) {
      for (var name in health) if (Object.prototype.hasOwnProperty.call(health, name)) values[name] = health[name];
      changed = true;
    }
    if (changed) this.write(values);
    if (this.pausedUntilMs > nowMs()) result.pausedUntilMs = this.pausedUntilMs;
  }

  private circuitOpen(untilMs: number): Admission {
    this.pausedUntilMs = untilMs;
    return {
      go: false,
      untilMs: untilMs,
      reason: 'Not sent: deliveries through this connection pause until ' + timeText(untilMs) + ' after ' + this.failures + ' failed in a row (circuit breaker)',
    };
  }

  /** Half-open: one delivery claims the probe; the others wait until it is done (at most the claim timeout). */
  private claimProbe(now: number): Admission {
    var token = gs.generateGUID();
    var holdUntil = ceilValue(now + claimTimeoutMs());
    var claim = new GlideRecord(CONNECTION_TABLE);
    claim.addQuery('sys_id', this.connectionSysId);
    claim.addQuery('consecutive_failures', '>=', circuitFailureThreshold());
    claim.addEncodedQuery('circuit_open_untilISEMPTY^ORcircuit_open_until<=' + nowValue());
    claim.setValue('circuit_open_until', holdUntil);
    claim.setValue('circuit_probe_token', token);
    claim.setWorkflow(false);
    claim.updateMultiple();
    var gr = findConnectionRow(this.connectionSysId);
    if (gr && gr.getValue('circuit_probe_token') === token) {
      this.probing = true;
      return { go: true };
    }
    var until = gr ? valueMs(gr.getValue('circuit_open_until')) : null;
    return this.circuitOpen(until !== null && until > now ? until : valueMs(holdUntil) as number);
  }

  private failed(error: string): void {
    var failures = this.currentFailures() + 1;
    var threshold = circuitFailureThreshold();
    if (failures < threshold) {
      this.write({ consecutive_failures: String(failures) });
      return;
    }
    var openUntil = Math.ceil((nowMs() + circuitCooldownMs()) / 1000) * 1000;
    var values = degradedHealthValues(null, 'Deliveries paused until ' + timeText(openUntil) + ' after ' + failures + ' failed in a row; the last: ' + error);
    values.consecutive_failures = String(failures);
    values.circuit_open_until = ceilValue(openUntil);
    values.circuit_probe_token = '';
    this.write(values);
    this.pausedUntilMs = Math.max(this.pausedUntilMs, openUntil);
    this.scheduleResume(openUntil);
  }

  /** consecutive_failures as stored now (another delivery may have counted one since admit). */
  private currentFailures(): number {
    var gr = findConnectionRow(this.connectionSysId);
    return gr ? intValue(gr, 'consecutive_failures') : this.failures;
  }

  /** Extends rate_limited_until to `untilMs` (never shortens it: one conditional update) and queues the resume. */
  private pauseUntil(untilMs: number): void {
    var until = ceilValue(untilMs);
    var rounded = valueMs(until) as number;
    if (rounded > this.pausedUntilMs) this.pausedUntilMs = rounded;
    var gr = new GlideRecord(CONNECTION_TABLE);
    gr.addQuery('sys_id', this.connectionSysId);
    gr.addEncodedQuery('rate_limited_untilISEMPTY^ORrate_limited_until<' + until);
    gr.setValue('rate_limited_until', until);
    gr.setWorkflow(false);
    gr.updateMultiple();
    this.scheduleResume(rounded);
  }

  private refreshPause(): void {
    var gr = findConnectionRow(this.connectionSysId);
    if (!gr) return;
    if (!this.record) this.record = gr;
    var limitedUntil = valueMs(gr.getValue('rate_limited_until'));
    if (limitedUntil !== null && limitedUntil > this.pausedUntilMs) this.pausedUntilMs = limitedUntil;
  }

  private scheduleResume(atMs: number): void {
    var record = this.record;
    if (!record) return;
    gs.eventQueueScheduled(CONNECTION_RESUME_EVENT, record, this.connectionSysId, '', dateTimeAt(atMs));
  }

  /** Bookkeeping on the connection row: no business rules (nothing in the app reacts to it). */
  private write(values: { [field: string]: string }): void {
    updateConnection(this.connectionSysId, values, 'the connection\'s delivery state');
  }
}
