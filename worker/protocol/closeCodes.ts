/**
 * Close codes the server ends a socket with (4000 + the HTTP status they stand for). Plain data,
 * no zod: the widget and the console import this file directly and stay small.
 */
export const CloseCode = {
  /** The conversation does not exist, or is not this client's: don't reconnect. */
  gone: 4404,
} as const;
