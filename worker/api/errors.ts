import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const apiError = (c: Context, status: ContentfulStatusCode, error: string, message: string) =>
  c.json({ error, message }, status);

/** zValidator hook: a 400 with the first problem spelled out, nothing changed. */
interface Issue {
  path: PropertyKey[];
  message: string;
}
export const validationHook = (result: { success: boolean; error?: { issues: Issue[] } }, c: Context) => {
  if (!result.success && result.error) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
    return apiError(c, 400, 'bad_request', `${where}${issue?.message ?? 'invalid input'}`);
  }
};
