/**
 * One structured log line per event. Workers Logs and `wrangler tail` index the JSON fields, so
 * operators can chart them (bot turn times, model waits) without a metrics pipeline.
 */
export function logEvent(event: string, fields: Record<string, string | number | boolean | null>): void {
  console.log(JSON.stringify({ event, ...fields }));
}
