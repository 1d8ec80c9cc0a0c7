import { useState } from 'preact/hooks';
import type { BusinessHours, OpeningInterval, Weekday } from './adminApi';
import { timeZones } from './timeZones';

const DAYS: { key: Weekday; label: string }[] = [
  { key: 'mon', label: 'Monday' },
  { key: 'tue', label: 'Tuesday' },
  { key: 'wed', label: 'Wednesday' },
  { key: 'thu', label: 'Thursday' },
  { key: 'fri', label: 'Friday' },
  { key: 'sat', label: 'Saturday' },
  { key: 'sun', label: 'Sunday' },
];

interface Props {
  hours: BusinessHours;
  disabled: boolean;
  onChange: (h: BusinessHours) => void;
}

/** Weekly opening intervals per weekday, the time zone they are in, and holidays. */
export function HoursEditor({ hours, disabled, onChange }: Props) {
  const [holiday, setHoliday] = useState('');
  const setDay = (day: Weekday, intervals: OpeningInterval[]) =>
    onChange({ ...hours, weekly: { ...hours.weekly, [day]: intervals } });
  const copyToWeekdays = () => {
    const mon = hours.weekly.mon;
    onChange({ ...hours, weekly: { ...hours.weekly, tue: mon, wed: mon, thu: mon, fri: mon } });
  };
  const addHoliday = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(holiday) || hours.holidays.includes(holiday)) return;
    onChange({ ...hours, holidays: [...hours.holidays, holiday].sort() });
    setHoliday('');
  };

  return (
    <div class="hours" data-testid="hours-editor">
      <label class="field field-inline">
        <span>Time zone</span>
        <select
          data-testid="hours-timezone"
          value={hours.timezone}
          disabled={disabled}
          onChange={(e) => onChange({ ...hours, timezone: e.currentTarget.value })}
        >
          {timeZones(hours.timezone).map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </label>

      <table class="hours-table">
        <tbody>
          {DAYS.map(({ key, label }) => {
            const intervals = hours.weekly[key] ?? [];
            const open = intervals.length > 0;
            return (
              <tr key={key} data-testid={`hours-day-${key}`}>
                <th scope="row">
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={open}
                      disabled={disabled}
                      data-testid={`hours-open-${key}`}
                      onChange={(e) =>
                        setDay(key, e.currentTarget.checked ? [{ open: '09:00', close: '17:00' }] : [])
                      }
                    />
                    {label}
                  </label>
                </th>
                <td class="hours-cell">
                  {!open && <span class="muted">Closed</span>}
                  {intervals.map((iv, i) => (
                    <span key={i} class="interval">
                      <input
                        type="time"
                        aria-label={`${label} opens`}
                        value={iv.open}
                        disabled={disabled}
                        required
                        onChange={(e) =>
                          setDay(
                            key,
                            intervals.map((x, j) => (j === i ? { ...x, open: e.currentTarget.value } : x)),
                          )
                        }
                      />
                      <span aria-hidden="true">–</span>
                      <input
                        type="time"
                        aria-label={`${label} closes`}
                        value={iv.close === '24:00' ? '23:59' : iv.close}
                        disabled={disabled}
                        required
                        onChange={(e) =>
                          setDay(
                            key,
                            intervals.map((x, j) => (j === i ? { ...x, close: e.currentTarget.value } : x)),
                          )
                        }
                      />
                      {iv.close !== '' && iv.close <= iv.open && iv.close !== '00:00' && (
                        <span class="muted interval-note">next day</span>
                      )}
                      {!disabled && (
                        <button
                          type="button"
                          class="btn btn-ghost btn-small"
                          aria-label={`Remove ${label} ${iv.open}–${iv.close}`}
                          onClick={() =>
                            setDay(
                              key,
                              intervals.filter((_, j) => j !== i),
                            )
                          }
                        >
                          ×
                        </button>
                      )}
                    </span>
                  ))}
                  {open && !disabled && intervals.length < 12 && (
                    <button
                      type="button"
                      class="link-btn interval-add"
                      onClick={() => setDay(key, [...intervals, { open: '13:00', close: '17:00' }])}
                    >
                      + Add hours
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!disabled && (
        <button type="button" class="link-btn" onClick={copyToWeekdays} data-testid="hours-copy-weekdays">
          Copy Monday to Tuesday–Friday
        </button>
      )}

      <div class="holidays">
        <span class="field-label">Holidays (closed all day)</span>
        <ul class="chips" data-testid="hours-holidays">
          {hours.holidays.length === 0 && <li class="muted">None</li>}
          {hours.holidays.map((h) => (
            <li key={h} class="chip">
              {new Date(`${h}T12:00:00`).toLocaleDateString(undefined, {
                weekday: 'short',
                year: 'numeric',
                month: 'short',
                day: 'numeric',
              })}
              {!disabled && (
                <button
                  type="button"
                  class="chip-x"
                  aria-label={`Remove holiday ${h}`}
                  onClick={() => onChange({ ...hours, holidays: hours.holidays.filter((x) => x !== h) })}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
        {!disabled && (
          <div class="inline-add">
            <input
              type="date"
              aria-label="Holiday date"
              data-testid="hours-holiday-input"
              value={holiday}
              onInput={(e) => setHoliday(e.currentTarget.value)}
            />
            <button
              type="button"
              class="btn btn-secondary"
              data-testid="hours-holiday-add"
              onClick={addHoliday}
            >
              Add holiday
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
