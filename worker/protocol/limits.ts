/** Limits enforced by the server; clients use them to refuse early. */
export const MAX_FRAME_BYTES = 16 * 1024;
export const MAX_BODY_CHARS = 4000;
export const MAX_CLIENT_ID_CHARS = 64;
