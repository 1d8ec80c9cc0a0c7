import type { PresenceStatus } from '../worker/protocol';
import { PRESENCE_LABEL } from './presence';

const ORDER: readonly PresenceStatus[] = ['online', 'away', 'offline'];

/** Online / Away / Offline: native radios (arrow keys move the choice), styled as a segmented switch. */
export function PresenceSwitch({
  value,
  onChange,
}: {
  value: PresenceStatus;
  onChange: (s: PresenceStatus) => void;
}) {
  return (
    <fieldset class="presence" data-testid="presence-switch" data-status={value}>
      <legend class="visually-hidden">Your availability</legend>
      {ORDER.map((s) => (
        <label
          key={s}
          class={`presence-opt presence-${s}${s === value ? ' presence-on' : ''}`}
          data-testid={`presence-${s}`}
          data-checked={s === value ? 'true' : 'false'}
        >
          <input type="radio" name="presence" value={s} checked={s === value} onChange={() => onChange(s)} />
          <span class={`dot dot-${s}`} aria-hidden="true" />
          <span class="presence-label">{PRESENCE_LABEL[s]}</span>
        </label>
      ))}
    </fieldset>
  );
}
