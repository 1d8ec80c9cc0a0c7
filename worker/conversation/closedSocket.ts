/**
 * Refuses a socket in a way a browser can read: accepted, then closed with `code` at once.
 * A plain HTTP error on an upgrade reaches browser code only as a failed connection, which a
 * reconnecting client retries forever; a close code (see `CloseCode`) says why, and to stop.
 */
export function closedSocket(code: number, reason: string): Response {
  const pair = new WebSocketPair();
  pair[1].accept();
  pair[1].close(code, reason);
  return new Response(null, { status: 101, webSocket: pair[0] });
}
