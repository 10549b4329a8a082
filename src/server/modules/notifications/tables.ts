import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export const DELIVERY_CHANNELS = ['email', 'sms'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Tables of this module (merged into the Database type in db/schema.ts). */
export interface NotificationsTables {
  notifications: {
    id: Generated<number>;
    /** Username of the person the notice is for. */
    recipient: string;
    case_id: number | null;
    kind: string;
    title: string;
    body: string;
    /** One line for SMS, where every character counts. */
    short_text: string;
    /** Path of the web page the notice is about. */
    link: string | null;
    created_at: Timestamp;
    read_at: NullableTimestamp;
  };
  notification_deliveries: {
    id: Generated<number>;
    notification_id: number;
    channel: DeliveryChannel;
    /** Email address or phone number: personal data, never logged. */
    destination: string;
    status: DeliveryStatus;
    attempts: ColumnType<number, number | undefined, number>;
    /** The job's attempts; the last failing one marks the delivery failed. */
    max_attempts: number;
    last_error: string | null;
    created_at: Timestamp;
    updated_at: Timestamp;
    sent_at: NullableTimestamp;
  };
}
