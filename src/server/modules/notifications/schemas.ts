import { Type, type Static } from 'typebox';
import { DELIVERY_CHANNELS, DELIVERY_STATUSES } from './tables.js';

/** JSON Schemas of the notifications API (request validation and OpenAPI). */

export const NoticeListQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean({ description: 'true：只列未读' })),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: '每页条数' }),
    cursor: Type.Optional(Type.Integer({ minimum: 1, description: '上一页最后一条的 nextCursor' })),
  },
  { additionalProperties: false },
);
export type NoticeListQuery = Static<typeof NoticeListQuery>;

export const NoticeId = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const Notice = Type.Object(
  {
    id: Type.Integer(),
    caseId: Type.Union([Type.Integer(), Type.Null()], { description: '相关办件' }),
    kind: Type.String({ description: '通知类型（办件事件，如 accepted、supplement_requested、decided_approved、task_created）' }),
    title: Type.String(),
    body: Type.String(),
    link: Type.Union([Type.String(), Type.Null()], { description: '相关页面路径' }),
    createdAt: Type.String({ format: 'date-time' }),
    readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    deliveries: Type.Array(
      Type.Object({
        channel: Type.Enum(DELIVERY_CHANNELS, { description: 'email 邮件；sms 短信' }),
        status: Type.Enum(DELIVERY_STATUSES, { description: 'queued 待发送；sent 已发送；failed 发送失败；skipped 未开通该渠道' }),
      }),
      { description: '站外发送情况（不含地址和号码）' },
    ),
  },
  { title: '通知' },
);

export const NoticeList = Type.Object({
  items: Type.Array(Notice),
  unread: Type.Integer({ description: '未读通知数' }),
  nextCursor: Type.Union([Type.Integer(), Type.Null()]),
});

export const ReadNotice = Type.Object({ ...Notice.properties, unread: Type.Integer({ description: '未读通知数' }) });

export const ReadAllResult = Type.Object({ marked: Type.Integer({ description: '本次标为已读的条数' }), unread: Type.Integer() });
