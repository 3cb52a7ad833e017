import type { NotificationKind, NotificationPayload, NotificationRecipient } from '../bookings/booking-notifications.js';

/** One notification handed to an adapter. */
export interface OutboundNotification {
  /** Stable id of the outbox row: pass it to the provider as an idempotency key where it takes one. */
  id: string;
  kind: NotificationKind;
  recipient: NotificationRecipient;
  bookingId: string;
  payload: NotificationPayload;
  /** 1 for the first try. */
  attempt: number;
}

/**
 * Sends notifications (SMS, e-mail, KakaoTalk…). Resolve when sent; throw to have it retried
 * later (up to the attempts limit). The built-in adapter logs.
 */
export interface NotificationAdapter {
  readonly name: string;
  send(notification: OutboundNotification): Promise<void>;
}

const KIND_LABELS: Record<NotificationKind, string> = {
  booked: '예약 접수',
  quoted: '견적 도착',
  confirmed: '예약 확정',
  cancelled: '예약 취소',
  reminder: '내일 예약 안내',
};

/** One line per notification, e.g. `[thecen-notify] 예약 확정 → buyer 01012345678 buyer@example.kr BK-20261123-4F7K2Q 찾아가는 안마 60분 2026-11-24T10:00:00+09:00`. */
export function notificationLine(n: OutboundNotification): string {
  const p = n.payload;
  return [
    '[thecen-notify]',
    KIND_LABELS[n.kind],
    '→',
    n.recipient,
    p.to.phone || '-',
    p.to.email || '-',
    p.bookingNumber,
    p.serviceTitle,
    p.slotStart ?? '(일정 미정)',
    `(${n.id})`,
  ].join(' ');
}

/** The development adapter: writes one line per notification to `sink` (the server log by default). */
export function createLogNotificationAdapter(sink: (line: string) => void = (line) => console.log(line)): NotificationAdapter {
  return {
    name: 'log',
    async send(notification) {
      sink(notificationLine(notification));
    },
  };
}
