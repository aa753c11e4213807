import type { LiveValueRequest } from '../events/live-value.ts';
import { toClientError } from '../schema/errors.ts';
import type { ConnectionMember, SseConnection } from './connection.ts';
import { type DeliveryGroup, EventPayload } from './group.ts';
import type { Framing, SubscriptionOptions } from './subscription.ts';

/**
 * One accepted subscription to a live value (the overview): its current value at once, then each update. Updates are
 * the same object for every subscriber, so the group executes and encodes each once; a connection without room
 * skips to the latest value when it has room again (a value has no history to keep).
 */
export class ValueSubscription implements ConnectionMember {
  private finished = false;
  private waiting: object | null = null;
  private unsubscribe: (() => void) | null = null;
  private cancelExpiry: (() => void) | null = null;

  constructor(
    private readonly request: LiveValueRequest,
    private readonly group: DeliveryGroup,
    private readonly connection: SseConnection,
    private readonly framing: Framing,
    private readonly options: SubscriptionOptions,
  ) {}

  start(): void {
    this.connection.members.add(this);
    const { expiresAt } = this.options;
    if (expiresAt) this.cancelExpiry = this.options.at(expiresAt.getTime(), () => this.finish(this.options.tokenExpired()));
    this.unsubscribe = this.request.source.subscribe((value) => this.offer(value));
    this.offer(this.request.source.current());
  }

  /** The connection has room again: sends the latest value it skipped, if any. */
  pump(): void {
    if (this.finished || this.waiting === null || !this.connection.writable) return;
    const value = this.waiting;
    this.waiting = null;
    this.framing.next(this.group.payload(value, null, true));
  }

  stop(): void {
    this.end(null);
  }

  private offer(value: object): void {
    this.waiting = value;
    this.pump();
  }

  private finish(error: Error): void {
    if (this.finished) return;
    this.end(error);
    this.framing.next(new EventPayload(JSON.stringify(this.options.finishErrors({ errors: [toClientError(error)] })), null));
    this.framing.complete();
  }

  private end(error: Error | null): void {
    if (this.finished) return;
    this.finished = true;
    this.cancelExpiry?.();
    this.unsubscribe?.();
    this.connection.members.delete(this);
    this.options.onEnd(error);
  }
}
