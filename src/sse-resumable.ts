import type { ExecutionResult } from 'graphql';
import { type Plugin, type YogaInitialContext, isAsyncIterable } from 'graphql-yoga';

/**
 * GraphQL over SSE, distinct connections mode, as yoga does it plus what resuming needs: every `next` message
 * carries its event's cursor as the SSE `id:` (so an EventSource reconnects with Last-Event-ID) and in
 * `extensions.cursor` (so any client can resume, whichever fields it selected); idle streams get a comment every
 * `heartbeatMs`.
 */
export function useResumableSSE({ heartbeatMs }: { heartbeatMs: number }): Plugin<YogaInitialContext> {
  const encoder = new TextEncoder();
  // Subscribers of one group share one result object per event (shared-execution.ts), so its frame is encoded once.
  const frames = new WeakMap<ExecutionResult, Uint8Array>();
  const frameOf = (result: ExecutionResult): Uint8Array => {
    let frame = frames.get(result);
    if (!frame) {
      const cursor = (result.extensions as { cursor?: unknown } | undefined)?.cursor;
      const id = typeof cursor === 'string' ? `id: ${cursor}\n` : '';
      frame = encoder.encode(`${id}event: next\ndata: ${JSON.stringify(result)}\n\n`);
      frames.set(result, frame);
    }
    return frame;
  };

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
        iterator = isAsyncIterable<ExecutionResult>(result)
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
            controller.enqueue(frameOf(step.value));
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
    onResultProcess({ request, result, setResultProcessor }) {
      const accepted = (request.headers.get('accept') ?? '').split(',').map((type) => type.split(';')[0]!.trim());
      // A stream goes out as SSE whenever the client accepts it at all (JSON cannot carry one), as yoga would do.
      if (accepted[0] === 'text/event-stream' || (accepted.includes('text/event-stream') && isAsyncIterable(result))) {
        setResultProcessor((processed) => processSSE(processed ?? result, request.signal), 'text/event-stream');
      }
    },
  };
}
