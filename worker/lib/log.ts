/**
 * One structured log line per event. Workers Logs and `wrangler tail` index the JSON fields, so
 * operators can chart them (bot turn times, model waits) without a metrics pipeline.
 */
export function logEvent(event: string, fields: Record<string, string | number | boolean | null>): void {
  // Written after the current task, once whatever it sent is on its way: under `wrangler dev` a
  // console call is a synchronous inspector round trip of a few milliseconds, which would hold
  // a frame sent just before it.
  setTimeout(() => console.log(JSON.stringify({ event, ...fields })), 0);
}
