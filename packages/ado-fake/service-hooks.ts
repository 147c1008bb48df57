// Web hook subscriptions and deliveries. Each change is turned into payloads at once and queued; one background
// worker POSTs them in order, so API responses never wait for a receiver. Deliveries can be paused (to build up a
// backlog), resumed, and replayed byte-for-byte (a receiver must be idempotent: Azure DevOps can deliver twice).
import { randomUUID } from 'crypto';
import { HookEventType, HookPayload, HOOK_EVENT_TYPES } from './hook-payloads';

export interface HookSubscriptionInput {
  url: string;
  eventTypes: HookEventType[];
  /** sent as HTTP Basic, as the web hook consumer's "basic authentication" inputs do */
  basicAuth?: { username: string; password: string };
  /** extra headers, as the consumer's "HTTP headers" input */
  headers?: { [name: string]: string };
}

export interface HookSubscription extends HookSubscriptionInput {
  id: string;
}

export interface HookDelivery {
  id: string;
  subscriptionId: string;
  eventType: HookEventType;
  url: string;
  payload: HookPayload;
  state: 'queued' | 'delivered' | 'failed';
  /** the receiver's HTTP status; absent when it never answered */
  status?: number;
  error?: string;
  queuedAt: string;
  finishedAt?: string;
  /** set on a redelivery: the delivery whose payload it repeats */
  replayOf?: string;
}

export class ServiceHooks {
  readonly deliveries: HookDelivery[] = [];
  private readonly subscriptions: HookSubscription[] = [];
  private readonly queue: HookDelivery[] = [];
  private readonly notificationCounters = new Map<string, number>();
  private readonly waiters: (() => void)[] = [];
  private readonly inFlight = new Set<AbortController>();
  private paused = false;
  private draining = false;
  private stopped = false;

  constructor(private readonly timeoutMs: number, private readonly timestamp: () => string) {}

  subscribe(input: HookSubscriptionInput): HookSubscription {
    if (typeof input.url !== 'string' || !/^https?:\/\//.test(input.url)) throw new Error(`A web hook url must be http(s): ${input.url}`);
    if (!Array.isArray(input.eventTypes)) throw new Error(`eventTypes must be a list among ${HOOK_EVENT_TYPES.join(', ')}`);
    const unknown = input.eventTypes.filter((t) => HOOK_EVENT_TYPES.indexOf(t) < 0);
    if (unknown.length > 0 || input.eventTypes.length === 0) throw new Error(`Event types must be among ${HOOK_EVENT_TYPES.join(', ')}: ${unknown.join(', ')}`);
    const subscription = { ...input, eventTypes: input.eventTypes.slice(), id: randomUUID() };
    this.subscriptions.push(subscription);
    return subscription;
  }

  unsubscribe(id: string): void {
    const index = this.subscriptions.findIndex((s) => s.id === id);
    if (index >= 0) this.subscriptions.splice(index, 1);
  }

  /** Queues the event for every subscription that wants it. `payload` is built once and copied per subscription. */
  publish(eventType: HookEventType, payload: () => HookPayload): void {
    const targets = this.subscriptions.filter((s) => s.eventTypes.indexOf(eventType) >= 0);
    if (targets.length === 0) return;
    const built = payload();
    for (const subscription of targets) {
      const notificationId = (this.notificationCounters.get(subscription.id) || 0) + 1;
      this.notificationCounters.set(subscription.id, notificationId);
      this.enqueue(subscription, { subscriptionId: subscription.id, notificationId, ...JSON.parse(JSON.stringify(built)) });
    }
  }

  /** Sends a delivery's payload again (same envelope id), as a new delivery. */
  redeliver(deliveryId: string): HookDelivery {
    const original = this.deliveries.find((d) => d.id === deliveryId);
    if (!original) throw new Error(`No delivery ${deliveryId}`);
    const subscription = this.subscriptions.find((s) => s.id === original.subscriptionId);
    if (!subscription) throw new Error(`Subscription ${original.subscriptionId} of delivery ${deliveryId} was removed`);
    return this.enqueue(subscription, original.payload, deliveryId);
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.pump();
  }

  /** Resolves once nothing is being sent and the queue is empty (or held by pause()). */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.notifyIfSettled();
    });
  }

  stop(): void {
    this.stopped = true;
    this.inFlight.forEach((c) => c.abort());
    this.queue.length = 0;
    this.notifyIfSettled();
  }

  private enqueue(subscription: HookSubscription, payload: HookPayload, replayOf?: string): HookDelivery {
    const delivery: HookDelivery = {
      id: randomUUID(),
      subscriptionId: subscription.id,
      eventType: payload.eventType,
      url: subscription.url,
      payload,
      state: 'queued',
      queuedAt: this.timestamp(),
      ...(replayOf ? { replayOf } : {}),
    };
    this.deliveries.push(delivery);
    this.queue.push(delivery);
    this.pump();
    return delivery;
  }

  private pump(): void {
    if (this.draining || this.paused || this.stopped || this.queue.length === 0) return;
    this.draining = true;
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    while (!this.paused && !this.stopped && this.queue.length > 0) {
      await this.send(this.queue.shift()!);
    }
    this.draining = false;
    this.notifyIfSettled();
  }

  private async send(delivery: HookDelivery): Promise<void> {
    const subscription = this.subscriptions.find((s) => s.id === delivery.subscriptionId);
    const headers: { [name: string]: string } = { 'Content-Type': 'application/json; charset=utf-8', ...(subscription?.headers || {}) };
    if (subscription?.basicAuth) {
      headers.Authorization = 'Basic ' + Buffer.from(`${subscription.basicAuth.username}:${subscription.basicAuth.password}`).toString('base64');
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    timer.unref();
    this.inFlight.add(controller);
    try {
      const response = await fetch(delivery.url, { method: 'POST', headers, body: JSON.stringify(delivery.payload), signal: controller.signal });
      await response.arrayBuffer();
      delivery.status = response.status;
      delivery.state = response.ok ? 'delivered' : 'failed';
    } catch (e) {
      delivery.state = 'failed';
      delivery.error = controller.signal.aborted ? (this.stopped ? 'fake stopped' : `no answer within ${this.timeoutMs} ms`) : String((e as Error).message || e);
    } finally {
      clearTimeout(timer);
      this.inFlight.delete(controller);
      delivery.finishedAt = this.timestamp();
    }
  }

  private notifyIfSettled(): void {
    const idle = !this.draining && (this.queue.length === 0 || this.paused || this.stopped);
    if (!idle) return;
    this.waiters.splice(0).forEach((resolve) => resolve());
  }
}
