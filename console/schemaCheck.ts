const TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'];

export type SchemaCheck =
  | { ok: true; schema: Record<string, unknown>; params: { name: string; type: string; required: boolean }[] }
  | { ok: false; error: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks an action's parameters: JSON, an object schema whose properties each have a known
 * type, `required` naming only declared properties. Enough for the model's tool calling.
 */
export function checkParameters(text: string): SchemaCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `Not valid JSON: ${err instanceof Error ? err.message : 'parse error'}` };
  }
  if (!isObject(value)) return { ok: false, error: 'The parameters must be a JSON object (a schema).' };
  if (value.type !== 'object') return { ok: false, error: 'The schema needs "type": "object" at the top.' };
  const props = value.properties ?? {};
  if (!isObject(props)) return { ok: false, error: '"properties" must be an object.' };
  const params: { name: string; type: string; required: boolean }[] = [];
  const required = value.required ?? [];
  if (!Array.isArray(required) || required.some((r) => typeof r !== 'string'))
    return { ok: false, error: '"required" must be a list of property names.' };
  for (const [name, schema] of Object.entries(props)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name))
      return { ok: false, error: `Property "${name}": use letters, digits and _ only.` };
    if (!isObject(schema)) return { ok: false, error: `Property "${name}" must be a schema object.` };
    const type = schema.type;
    const types = Array.isArray(type) ? type : [type];
    if (type === undefined || types.some((t) => typeof t !== 'string' || !TYPES.includes(t)))
      return { ok: false, error: `Property "${name}": "type" must be one of ${TYPES.join(', ')}.` };
    params.push({ name, type: types.join(' | '), required: (required as string[]).includes(name) });
  }
  const unknown = (required as string[]).find((r) => !(r in props));
  if (unknown) return { ok: false, error: `"required" names "${unknown}", which is not in "properties".` };
  if (
    'additionalProperties' in value &&
    typeof value.additionalProperties !== 'boolean' &&
    !isObject(value.additionalProperties)
  )
    return { ok: false, error: '"additionalProperties" must be true, false or a schema.' };
  return { ok: true, schema: value, params };
}

export const EXAMPLE_PARAMETERS = JSON.stringify(
  {
    type: 'object',
    properties: { orderId: { type: 'string', description: 'Order number, e.g. A1042' } },
    required: ['orderId'],
    additionalProperties: false,
  },
  null,
  2,
);
