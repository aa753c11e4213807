import { createSourceEventStream, type DocumentNode, type ExecutionArgs, type ExecutionResult, execute } from 'graphql';
import { type Plugin, isAsyncIterable } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.ts';
import type { FeedItem } from './feed.ts';

const documentIds = new WeakMap<DocumentNode, number>();
let documentCount = 0;

/** Subscribers whose results for one event are identical: same operation, same variables, same role set. */
function groupOf(args: ExecutionArgs): string {
  let documentId = documentIds.get(args.document);
  if (documentId === undefined) documentIds.set(args.document, (documentId = ++documentCount));
  const viewer = (args.contextValue as { viewer?: Viewer }).viewer;
  const who = viewer?.kind === 'admin' ? [...viewer.roles].sort().join('+') : (viewer?.kind ?? '');
  return `${documentId}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}\u0000${who}`;
}

/** Per live event: each group's result, executed by the first subscriber of the group that needs it. */
const resultsByEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

function isStoredEvent(item: FeedItem): item is Exclude<FeedItem, { kind: 'ResyncRequired' }> {
  return typeof (item as { seq?: unknown }).seq === 'number';
}

function resultFor(item: FeedItem, args: ExecutionArgs, group: string): Promise<ExecutionResult> {
  let results = resultsByEvent.get(item);
  if (!results) resultsByEvent.set(item, (results = new Map()));
  let result = results.get(group);
  if (!result) {
    result = Promise.resolve(execute({ ...args, rootValue: item })).then((executed) =>
      // Every message names its event's position, so any client can resume from it whatever fields it selected.
      isStoredEvent(item) ? { ...executed, extensions: { ...executed.extensions, cursor: item.cursor } } : executed,
    );
    results.set(group, result);
  }
  return result;
}

/**
 * Subscriptions executed once per event per group rather than once per subscriber: the same result object (and so
 * the same serialized bytes, see sse-resumable.ts) goes to every subscriber of a group.
 */
export function useSharedExecution(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const source = await createSourceEventStream(args as ExecutionArgs);
        if (!isAsyncIterable<FeedItem>(source)) return source as ExecutionResult;
        const group = groupOf(args as ExecutionArgs);
        const iterator = source[Symbol.asyncIterator]();
        const finished: IteratorResult<ExecutionResult> = { value: undefined, done: true };
        const results: AsyncIterableIterator<ExecutionResult> & { throw(error: unknown): Promise<never> } = {
          async next() {
            const step = await iterator.next();
            if (step.done) return finished;
            return { value: await resultFor(step.value, args as ExecutionArgs, group), done: false };
          },
          async return() {
            await iterator.return?.();
            return finished;
          },
          async throw(error: unknown) {
            await iterator.return?.();
            throw error;
          },
          [Symbol.asyncIterator]() {
            return this;
          },
        };
        return results;
      });
    },
  };
}
