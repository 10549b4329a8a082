import { Type, type Static } from 'typebox';

/** JSON Schemas of case documents and certificates (validation and the OpenAPI document). */

export const CaseIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const SingleDocumentParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  kind: Type.Enum(['acceptance', 'refusal', 'decision', 'certificate'], { description: 'acceptance 受理通知书；refusal 不予受理通知书；decision 决定书；certificate 证照' }),
});

export const SupplementDocumentParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  kind: Type.Enum(['supplement', 'certificate'], { description: 'supplement 补正材料通知书；certificate 结果包中的证照' }),
  n: Type.Integer({ minimum: 1, maximum: 1000, description: '第几次补正，或证照在结果包中的位置（从 1 起）' }),
});

export const DownloadQuery = Type.Object({ download: Type.Optional(Type.Boolean({ description: 'true：作为附件下载' })) }, { additionalProperties: false });

export const DocumentRef = Type.Object({
  kind: Type.Enum(['acceptance', 'refusal', 'supplement', 'decision', 'certificate']),
  n: Type.Union([Type.Integer(), Type.Null()], { description: '补正材料通知书的次序、证照在结果包中的位置；其他文书为 null' }),
  title: Type.String(),
  href: Type.String({ description: 'PDF 地址' }),
  createdOn: Type.String({ format: 'date' }),
  certificate: Type.Optional(
    Type.Object(
      {
        number: Type.String(),
        verifyUrl: Type.String({ description: '公开查验地址（即证照二维码内容）' }),
        checkCode: Type.String({ description: '印在证照上的校验码，凭编号查验时核对' }),
        type: Type.String({ description: '证照类型，如 business_licence 营业执照、seal_record 印章刻制备案证明、tax_registration 涉税事项办理确认书、social_insurance 社会保险登记证明、certificate 其他' }),
        holder: Type.String({ description: '持证人（名称）' }),
        department: Type.Object({ code: Type.String(), name: Type.String() }, { description: '出具该证照的部门（并联事项中各部门各自出具）' }),
        bundle: Type.Object({ position: Type.Integer({ minimum: 1 }), size: Type.Integer({ minimum: 1 }) }, { description: '在办件结果包中的位置与结果包的证照数' }),
        revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
        revokeReason: Type.Union([Type.String(), Type.Null()]),
      },
      { description: '仅证照：编号、查验地址、校验码、出具部门、结果包位置与撤销情况' },
    ),
  ),
});

export const DocumentList = Type.Object({ documents: Type.Array(DocumentRef) });

/** Any text: an unknown number is a 404, never a 400, so a mistyped number reads as "not found". */
export const CertificateNumberParams = Type.Object({ number: Type.String({ minLength: 1, maxLength: 64, description: '证照编号' }) });

export const VerifyQuery = Type.Object(
  {
    s: Type.Optional(Type.String({ maxLength: 200, description: '证照二维码中的签名（base64url）' })),
    code: Type.Optional(Type.String({ maxLength: 20, description: '证照上印的校验码（如 7K3M-Q9TD）；不带签名与校验码时按登记记录回答' })),
  },
  { additionalProperties: false },
);

export const Verification = Type.Object(
  {
    number: Type.String(),
    basis: Type.Enum(['signature', 'check_code', 'record'], { description: 'signature 二维码签名；check_code 校验码；record 仅凭编号（登记记录）' }),
    genuine: Type.Union([Type.Boolean(), Type.Null()], { description: '签名（或校验码）与登记内容相符；仅凭编号查验时为 null' }),
    valid: Type.Boolean({ description: '未撤销、未过期，且所给签名或校验码相符' }),
    status: Type.Enum(['valid', 'revoked', 'expired', 'forged', 'code_mismatch']),
    statusText: Type.String(),
    title: Type.String(),
    holder: Type.String({ description: '持证人：自然人部分隐去，企业名称完整显示' }),
    holderKind: Type.Enum(['person', 'enterprise']),
    department: Type.String({ description: '发证机关' }),
    issuedOn: Type.String({ format: 'date' }),
    validUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'null：长期有效' }),
    revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    revokeReason: Type.Union([Type.String(), Type.Null()]),
    keyId: Type.String(),
  },
  { title: '证照查验结果' },
);

export const PublicKey = Type.Object({
  algorithm: Type.Literal('Ed25519'),
  keyId: Type.String({ description: '公钥原始 32 字节的 SHA-256 前 16 位十六进制' }),
  publicKeyPem: Type.String({ description: 'SPKI PEM' }),
  signedContent: Type.String({ description: '签名对象的说明' }),
});

export const RevokeBody = Type.Object(
  { reason: Type.String({ minLength: 2, maxLength: 500, description: '撤销理由' }) },
  { additionalProperties: false },
);
export type RevokeBody = Static<typeof RevokeBody>;
