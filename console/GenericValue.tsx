import { humanize } from './briefView';

/** Any JSON as readable key/values: for data whose shape this console does not know. */
export function GenericValue({ value, depth = 0 }: { value: unknown; depth?: number }) {
  if (value === null || value === undefined || value === '') return <span class="muted">—</span>;
  if (typeof value === 'string') return <span>{value}</span>;
  if (typeof value === 'number') return <span>{Number.isInteger(value) ? value : value.toFixed(2)}</span>;
  if (typeof value === 'boolean') return <span>{value ? 'Yes' : 'No'}</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span class="muted">—</span>;
    return (
      <ul class="generic-list">
        {value.map((v, i) => (
          <li key={i}>
            <GenericValue value={v} depth={depth + 1} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object' && depth < 4) {
    return (
      <dl class="generic-dl">
        {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
          <div key={k} class="generic-pair">
            <dt>{humanize(k)}</dt>
            <dd>
              <GenericValue value={v} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span class="mono">{JSON.stringify(value)}</span>;
}
