import type { ExecutionResult } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { lastDeliveredCursor } from './events/feed.ts';

function isAsyncIterableResult(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * GraphQL over SSE, distinct connections mode, as yoga does it plus what resuming needs: every `next` message
 * carries its event's cursor as the SSE `id:` (so an EventSource reconnects with Last-Event-ID) and in
 * `extensions.cursor` (so any client can resume, whichever fields it selected); idle streams get a comment every
 * `heartbeatMs`.
 */
export function useResumableSSE({ heartbeatMs }: { heartbeatMs: number }): Plugin<YogaInitialContext> {
  const encoder = new TextEncoder();

  const processSSE = (result: unknown, clientGone: AbortSignal): Response => {
    let iterator: AsyncIterator<ExecutionResult> | null = null;
    let heartbeat: NodeJS.Timeout | undefined;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // A first comment flushes the headers through proxies and browsers that wait for a body.
        controller.enqueue(encoder.encode(':\n\n'));
        heartbeat = setInterval(() => {
          if (controller.desiredSize === null) return clearInterval(heartbeat);
          if (controller.desiredSize > 0) controller.enqueue(encoder.encode(':\n\n'));
        }, heartbeatMs);
        iterator = isAsyncIterableResult(result)
          ? result[Symbol.asyncIterator]()
          : (async function* single() {
              yield result as ExecutionResult;
            })();
        // Node's writer cancels the body only when a write fails, so an idle stream would hold its subscription forever.
        clientGone.addEventListener(
          'abort',
          () => {
            clearInterval(heartbeat);
            void iterator?.return?.();
          },
          { once: true },
        );
      },
      async pull(controller) {
        try {
          const step = await iterator!.next();
          if (!step.done) {
            const cursor = (step.value.extensions as { cursor?: unknown } | undefined)?.cursor;
            const id = typeof cursor === 'string' ? `id: ${cursor}\n` : '';
            controller.enqueue(encoder.encode(`${id}event: next\ndata: ${JSON.stringify(step.value)}\n\n`));
            return;
          }
          controller.enqueue(encoder.encode('event: complete\ndata:\n\n'));
          clearInterval(heartbeat);
          controller.close();
        } catch (error) {
          clearInterval(heartbeat);
          controller.error(error);
        }
      },
      async cancel() {
        clearInterval(heartbeat);
        await iterator?.return?.();
      },
    });
    return new Response(stream, {
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive', 'cache-control': 'no-cache', 'content-encoding': 'none' },
    });
  };

  return {
    onSubscribe() {
      return {
        onSubscribeResult() {
          return {
            onNext({ args, result, setResult }) {
              const cursor = lastDeliveredCursor(args.contextValue as object);
              if (cursor) setResult({ ...result, extensions: { ...result.extensions, cursor } });
            },
          };
        },
      };
    },
    onResultProcess({ request, result, setResultProcessor }) {
      const preferred = request.headers.get('accept')?.split(',')[0]?.split(';')[0]?.trim();
      if (preferred === 'text/event-stream') setResultProcessor((processed) => processSSE(processed ?? result, request.signal), 'text/event-stream');
    },
  };
}
