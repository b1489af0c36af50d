// Neo4j's own message about a console query, as quoted after Rantai's prefix ("Cypher error: …"),
// cut to a length a reader can use. Neo4j echoes what it was given: a syntax error in a query of
// 100,000 characters on one line quoted the whole line (and the token it choked on), a 200 KB
// answer. The message keeps its start, its position "(line L, column C (offset: O))" (put back
// after the cut when the cut passes it) and, of the quoted line, the stretch around the caret with
// the caret under the same character.

/** The most of Neo4j's message passed through. */
export const NEO4J_TEXT_MAX = 1_000;

/** Characters of the quoted line kept on each side of the caret. */
const AROUND_CARET = 60;

const POSITION = /\(line \d+, column \d+ \(offset: \d+\)\)/;
/** Neo4j's last two lines: the line of the query in double quotes, and spaces up to a caret. */
const QUOTED_LINE = /\n"([^\n]*)"\n( *)\^\s*$/;

/** The quoted line cut to the stretch around the caret, with the caret moved to match. */
function aroundCaret(line: string, spaces: number): string {
  const from = Math.max(0, spaces - AROUND_CARET);
  const to = Math.min(line.length, spaces + AROUND_CARET);
  const left = from > 0 ? '…' : '';
  const right = to < line.length ? '…' : '';
  return `\n"${left}${line.slice(from, to)}${right}"\n${' '.repeat(spaces - from + left.length)}^`;
}

/** `message` as it is when it fits in `max` characters; else cut with "…", keeping its position. */
export function capNeo4jText(message: string, max = NEO4J_TEXT_MAX): string {
  if (message.length <= max) return message;
  const quoted = QUOTED_LINE.exec(message);
  let head = quoted ? message.slice(0, quoted.index) : message;
  const tail = quoted ? aroundCaret(quoted[1]!, quoted[2]!.length) : '';
  const room = Math.max(0, max - tail.length);
  if (head.length > room) {
    const position = POSITION.exec(head);
    // The position survives the cut when it ends within what is kept; else it follows the "…".
    const kept = position && position.index + position[0].length <= room - 1 ? '' : position ? ` ${position[0]}` : '';
    head = `${head.slice(0, Math.max(0, room - 1 - kept.length))}…${kept}`;
  }
  return head + tail;
}
