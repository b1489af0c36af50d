// Large arrays between threads in pieces (server/util/pieces.ts). A port delivers every message
// queued on it in one turn of the receiver's event loop, so pieces posted faster than they are read
// were all copied in one run (2.5 s on the main thread during a national upload, with nothing else
// answered). Here: the arrays arrive whole and in order; the receiver never gets more than
// PIECES_IN_FLIGHT pieces in one turn of its event loop (counted between two setImmediate turns; without the
// acknowledgements all 200 pieces arrive in one or two turns); a receiver that goes away stops the sender.
import { MessageChannel, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { isPiece, PIECE_ITEMS, PIECES_IN_FLIGHT, postInPieces, receivePieces } from '../../server/util/pieces.ts';

const numbers = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

describe('arrays in pieces', () => {
  it('arrive whole and in order, with no turn of the receiver copying more than PIECES_IN_FLIGHT pieces', async () => {
    const { port1, port2 } = new MessageChannel();
    const a = numbers(PIECE_ITEMS * 120 + 7);
    const b = numbers(PIECE_ITEMS * 80, 10_000_000);
    // Pieces received per turn of the receiver's event loop: a setImmediate closes each turn.
    let inTurn = 0;
    let most = 0;
    let turns = true;
    const closeTurn = () => {
      most = Math.max(most, inTurn);
      inTurn = 0;
      if (turns) setImmediate(closeTurn);
    };
    setImmediate(closeTurn);
    port2.on('message', (m: unknown) => {
      if (isPiece(m) && 'piece' in m) inTurn++;
    });
    const received = receivePieces(port2, ['a', 'b']);
    const sent = await postInPieces(port1, { a, b });
    const arrays = await received;
    turns = false;
    port1.close();
    expect(sent).toBe(true);
    expect(arrays.a).toEqual(a);
    expect(arrays.b).toEqual(b);
    expect(most).toBeGreaterThanOrEqual(1);
    expect(PIECES_IN_FLIGHT).toBeLessThanOrEqual(4);
    expect(most).toBeLessThanOrEqual(PIECES_IN_FLIGHT);
  });

  it('stop being sent when the receiving worker exits, without waiting for ever', async () => {
    // A worker that reads one message and leaves: no acknowledgement ever comes.
    const worker = new Worker("require('node:worker_threads').parentPort.once('message', () => process.exit(0));", { eval: true });
    let exited = false;
    worker.once('exit', () => (exited = true));
    const sent = await postInPieces(worker, { a: numbers(PIECE_ITEMS * 50) }, () => exited);
    expect(sent).toBe(false);
    expect(exited).toBe(true);
  });

  it('leave other messages on the port to other listeners', async () => {
    const { port1, port2 } = new MessageChannel();
    const others: unknown[] = [];
    port2.on('message', (m: unknown) => {
      if (!isPiece(m)) others.push(m);
    });
    const received = receivePieces(port2, ['a']);
    const sent = postInPieces(port1, { a: numbers(12_345) });
    port1.postMessage({ outcome: 'not a piece' });
    await sent;
    expect((await received).a).toEqual(numbers(12_345));
    port1.close();
    expect(others).toEqual([{ outcome: 'not a piece' }]);
  });
});
