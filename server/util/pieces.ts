// Hands large arrays to a worker thread without holding the main thread. postMessage copies its
// message (structured clone) synchronously: a national graph, 1.2 million nodes and relationships,
// held the thread for seconds in one call. Sent in pieces of a few thousand items with a turn of the
// event loop between them, each copy is short and other requests are answered in between.
import type { MessagePort, Worker } from 'node:worker_threads';

/** Where messages come from: a worker seen from the main thread, or the main thread seen from a worker. */
export type MessageSource = Worker | MessagePort;
import { Slicer } from './yield.ts';

/** Items per message: a few milliseconds of copying each for the national graph's relationships. */
export const PIECE_ITEMS = 5_000;

/** A piece of the array `name`, or the end of all of them. */
export type PieceMessage = { piece: string; items: unknown[] } | { end: true };

/**
 * Posts each array in pieces, then `{ end: true }`. Stops early (returning false) when `stopped()`
 * says the receiver has gone or the work is no longer wanted.
 */
export async function postInPieces(to: Worker | MessagePort, arrays: Record<string, readonly unknown[]>, stopped: () => boolean = () => false): Promise<boolean> {
  const slicer = new Slicer(10);
  for (const [name, items] of Object.entries(arrays)) {
    for (let at = 0; at < items.length; at += PIECE_ITEMS) {
      if (stopped()) return false;
      to.postMessage({ piece: name, items: items.slice(at, at + PIECE_ITEMS) } satisfies PieceMessage);
      await slicer.maybeYield();
    }
  }
  if (stopped()) return false;
  to.postMessage({ end: true } satisfies PieceMessage);
  return true;
}

/** Whether a message is one of postInPieces's (a receiver with other messages on the same port skips them). */
export const isPiece = (message: unknown): message is PieceMessage =>
  typeof message === 'object' && message !== null && ('piece' in message || ('end' in message && (message as { end: unknown }).end === true));

/** The receiving side: gathers the pieces; resolves with the arrays once the end arrives. Other messages are left to other listeners. */
export function receivePieces(from: MessageSource, names: readonly string[]): Promise<Record<string, unknown[]>> {
  const arrays: Record<string, unknown[]> = Object.fromEntries(names.map((n) => [n, []]));
  return new Promise((resolve) => {
    const onMessage = (message: PieceMessage) => {
      if (!isPiece(message)) return;
      if ('end' in message) {
        from.off('message', onMessage);
        resolve(arrays);
        return;
      }
      const into = (arrays[message.piece] ??= []);
      for (const item of message.items) into.push(item);
    };
    from.on('message', onMessage);
  });
}
