import type { ConversationStatus } from '../worker/protocol';
import { statusLabel } from './format';

export function StatusBadge({
  status,
  assigneeName,
}: {
  status: ConversationStatus;
  assigneeName: string | null;
}) {
  return (
    <span class={`badge badge-${status}`} data-testid="status-badge" data-status={status}>
      {statusLabel(status, assigneeName)}
    </span>
  );
}
