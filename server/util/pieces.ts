// Hands large arrays between threads without holding the main thread. postMessage copies its
// message (structured clone) synchronously: a national graph, 1.2 million nodes and relationships,
// held the thread for seconds in one call. Sent in pieces of a few thousand items with a turn of the
// event loop between them, each copy is short and other requests are answered in between.
// The receiver acknowledges each piece and the sender keeps at most PIECES_IN_FLIGHT unacknowledged:
// a port delivers every message queued on it in one turn of the receiver's event loop, so a worker
// that posted a national dataset's 330 pieces at once had the main thread copy them all in one run
// (2.5 s with nothing else answered, measured during a national upload).
import type { MessagePort, Worker } from 'node:worker_threads';
import { Slicer } from './yield.ts';

/** Where messages come from: a worker seen from the main thread, or the main thread seen from a worker. */
export type MessageSource = Worker | MessagePort;

/** Items per message: a few milliseconds of copying each for the national graph's relationships. */
export const PIECE_ITEMS = 5_000;

/** Pieces posted and not yet acknowledged: enough to keep both threads busy, few enough to copy in one short turn. */
export const PIECES_IN_FLIGHT = 3;

/** A piece of the array `name`, the end of all of them, or the receiver's acknowledgement of one piece. */
export type PieceMessage = { piece: string; items: unknown[] } | { end: true } | { pieceAck: true };

const isAck = (message: unknown): boolean => typeof message === 'object' && message !== null && 'pieceAck' in message;

/** Counts the receiver's acknowledgements; `atLeast(n)` resolves once n have come, or the receiver has gone. */
function acknowledgements(from: MessageSource) {
  let acked = 0;
  let gone = false;
  let wake: (() => void) | undefined;
  const onMessage = (message: unknown) => {
    if (!isAck(message)) return;
    acked++;
    wake?.();
  };
  const onGone = () => {
    gone = true;
    wake?.();
  };
  from.on('message', onMessage);
  // A worker that exits, or a port that closes, acknowledges nothing more: the sender stops waiting.
  from.on('exit', onGone);
  from.on('close', onGone);
  return {
    async atLeast(n: number): Promise<void> {
      while (acked < n && !gone) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    },
    stop(): void {
      from.off('message', onMessage);
      from.off('exit', onGone);
      from.off('close', onGone);
    },
  };
}

/**
 * Posts each array in pieces, then `{ end: true }`. Stops early (returning false) when `stopped()`
 * says the receiver has gone or the work is no longer wanted.
 */
export async function postInPieces(to: MessageSource, arrays: Record<string, readonly unknown[]>, stopped: () => boolean = () => false): Promise<boolean> {
  const slicer = new Slicer(10);
  const acks = acknowledgements(to);
  let posted = 0;
  try {
    for (const [name, items] of Object.entries(arrays)) {
      for (let at = 0; at < items.length; at += PIECE_ITEMS) {
        await acks.atLeast(posted - PIECES_IN_FLIGHT + 1);
        if (stopped()) return false;
        to.postMessage({ piece: name, items: items.slice(at, at + PIECE_ITEMS) } satisfies PieceMessage);
        posted++;
        await slicer.maybeYield();
      }
    }
    // The end follows the last piece's copy, so that whatever the receiver is sent next is not read before it.
    await acks.atLeast(posted);
    if (stopped()) return false;
    to.postMessage({ end: true } satisfies PieceMessage);
    return true;
  } finally {
    acks.stop();
  }
}

/** Whether a message is one of postInPieces's (a receiver with other messages on the same port skips them). */
export const isPiece = (message: unknown): message is PieceMessage =>
  typeof message === 'object' && message !== null && ('piece' in message || isAck(message) || ('end' in message && (message as { end: unknown }).end === true));

/** The receiving side: gathers the pieces, acknowledging each; resolves with the arrays once the end arrives. Other messages are left to other listeners. */
export function receivePieces(from: MessageSource, names: readonly string[]): Promise<Record<string, unknown[]>> {
  const arrays: Record<string, unknown[]> = Object.fromEntries(names.map((n) => [n, []]));
  return new Promise((resolve) => {
    const onMessage = (message: PieceMessage) => {
      if (!isPiece(message) || isAck(message)) return;
      if ('end' in message) {
        from.off('message', onMessage);
        resolve(arrays);
        return;
      }
      if (!('piece' in message)) return;
      const into = (arrays[message.piece] ??= []);
      for (const item of message.items) into.push(item);
      from.postMessage({ pieceAck: true } satisfies PieceMessage);
    };
    from.on('message', onMessage);
  });
}
