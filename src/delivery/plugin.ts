import { createSourceEventStream, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { FeedRequest } from '../events/feed.ts';
import { LiveValueRequest } from '../events/live-value.ts';

/** Where an operation served by Vigil's delivery receives the feed (or live value) its subscription resolved to. */
export const deliverySlot = Symbol('vigil.delivery');

export interface DeliverySlot {
  feed: FeedRequest | null;
  value?: LiveValueRequest | null;
}

export function slotOf(context: unknown): DeliverySlot | undefined {
  return (context as { [deliverySlot]?: DeliverySlot } | null)?.[deliverySlot];
}

/**
 * For operations Vigil's delivery serves: the subscription still runs through envelop (scope-auth's subscribe-time
 * authorization, error masking and codes), but the feed it resolves to is handed to the hub instead of becoming a
 * per-subscriber async iterator.
 */
export function useHubDelivery(): Plugin {
  return {
    onSubscribe({ args, setSubscribeFn }) {
      const slot = slotOf(args.contextValue);
      if (!slot) return;
      setSubscribeFn(async (subscribeArgs) => {
        const source = await createSourceEventStream(subscribeArgs as ExecutionArgs);
        if (source instanceof LiveValueRequest) slot.value = source;
        else if (source instanceof FeedRequest) slot.feed = source;
        else return source as ExecutionResult;
        // A ready result without errors: no plugin wraps or masks it, and the delivery takes the feed from the slot.
        return {};
      });
    },
  };
}
