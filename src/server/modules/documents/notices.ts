import { createPdf, field, heading, paragraph, pdfToBuffer, printable, qrCode, section, table, type Pdf } from './pdf.js';

/**
 * The written documents of a case (文书): notices of acceptance, refusal and supplement, and
 * the decision letters. Each is drawn only from the facts handed in, which come from the
 * stored case, so the same case always gives the same bytes.
 */

export const PLATFORM = '重庆市涪陵区网上行政审批平台';
const LICENSING_LAW = '《中华人民共和国行政许可法》';
const RECONSIDERATION_BODY = '重庆市涪陵区人民政府';
const COURT = '重庆市涪陵区人民法院';

/** What every document of a case says about it. */
export interface CaseFacts {
  receiptNo: string;
  queryCode: string;
  itemCode: string;
  itemName: string;
  /** The item's legal basis (设立依据). */
  itemLegalBasis: string;
  statutoryDays: number;
  departmentName: string;
  applicantName: string;
  submittedOn: string;
}

/** When a document was issued: the event's instant (PDF dates) and its Shanghai calendar date. */
export interface IssuedAt {
  at: string;
  on: string;
}

/** 2026-03-10 → 2026年3月10日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

async function start(title: string, facts: CaseFacts, issued: IssuedAt): Promise<Pdf> {
  const doc = await createPdf({ title: `${title}（${facts.receiptNo}）`, subject: facts.itemName, createdAt: new Date(issued.at) });
  doc.font('bold').fontSize(14).fillColor('#b0201c').text(printable(facts.departmentName), { align: 'center' });
  doc.fillColor('#000000').moveDown(0.3);
  heading(doc, title);
  doc.fontSize(10).fillColor('#444444').text(`办件编号：${facts.receiptNo}`, { align: 'center' }).fillColor('#000000');
  doc.moveDown(1);
  doc.font('regular').fontSize(11);
  return doc;
}

function addressee(doc: Pdf, facts: CaseFacts): void {
  doc.font('bold').fontSize(12).text(`${printable(facts.applicantName)}：`);
  doc.moveDown(0.3);
  doc.font('regular').fontSize(11);
}

/** The issuing authority and date, right-aligned where the seal goes. */
function signOff(doc: Pdf, authority: string, on: string): void {
  doc.moveDown(2);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font('bold').fontSize(12).text(printable(authority), doc.page.margins.left, doc.y, { width, align: 'right' });
  doc.font('regular').fontSize(11).text(chineseDate(on), { width, align: 'right' });
  doc.moveDown(1.5);
  doc.fontSize(9).fillColor('#555555').text(`本文书由${PLATFORM}依据办件记录生成，内容以办件记录为准。`, doc.page.margins.left, doc.y, { width });
  doc.fillColor('#000000').fontSize(11);
}

function remedies(doc: Pdf, what: string): void {
  section(doc, '救济途径');
  paragraph(
    doc,
    `如对本${what}不服，可以自收到本${what}之日起六十日内向${RECONSIDERATION_BODY}申请行政复议，或者自收到本${what}之日起六个月内依法向${COURT}提起行政诉讼。`,
  );
}

function caseFields(doc: Pdf, facts: CaseFacts): void {
  field(doc, '办件编号', facts.receiptNo);
  field(doc, '申请事项', `${facts.itemName}（${facts.itemCode}）`);
  field(doc, '申请人', facts.applicantName);
  field(doc, '申请日期', chineseDate(facts.submittedOn));
}

export interface AcceptanceInput {
  /** Day the case counts as accepted: the acceptance, or for a deemed one the day of receipt. */
  acceptedOn: string;
  deemed: boolean;
  /** The case limit in working days fixed at acceptance, and its due date then. */
  days: number;
  due: string;
  /** Public progress lookup (absolute URL); the QR code opens it. */
  lookupUrl: string;
}

/** 受理通知书 */
export async function renderAcceptance(facts: CaseFacts, issued: IssuedAt, input: AcceptanceInput): Promise<Buffer> {
  const doc = await start('受理通知书', facts, issued);
  await qrCode(doc, input.lookupUrl, doc.page.width - doc.page.margins.right - 80, doc.page.margins.top, 80);
  addressee(doc, facts);
  paragraph(
    doc,
    input.deemed
      ? `你（单位）于${chineseDate(facts.submittedOn)}提交的“${facts.itemName}”申请，本机关未在法定期限内作出是否受理的决定，也未告知需要补正的内容，依照${LICENSING_LAW}第三十二条第一款第（四）项的规定，自收到申请材料之日起即为受理。`
      : `你（单位）于${chineseDate(facts.submittedOn)}提交的“${facts.itemName}”申请，经审查，申请事项属于本机关职权范围，申请材料齐全、符合法定形式。依照${LICENSING_LAW}第三十二条第一款第（五）项的规定，决定予以受理。`,
  );
  section(doc, '办件信息');
  caseFields(doc, facts);
  field(doc, '受理日期', `${chineseDate(input.acceptedOn)}${input.deemed ? '（视为受理）' : ''}`);
  field(doc, '查询码', facts.queryCode);
  field(doc, '法定办结时限', `${facts.statutoryDays} 个工作日`);
  field(doc, '承诺办结时限', input.days === 0 ? '即办' : `${input.days} 个工作日`);
  field(doc, '预计办结日期', `${chineseDate(input.due)}前`);
  doc.moveDown(0.4);
  paragraph(doc, '依法需要听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审和补正材料的时间，不计算在办理时限内，办结日期相应顺延。');
  section(doc, '进度查询');
  paragraph(doc, `请凭办件编号和查询码访问以下地址或扫描右上角二维码查询办理进度，也可登录${PLATFORM}在“我的办事”中查看：`);
  doc.fontSize(10).fillColor('#1a4f9c').text(input.lookupUrl).fillColor('#000000').fontSize(11);
  signOff(doc, facts.departmentName, issued.on);
  return pdfToBuffer(doc);
}

export interface RefusalInput {
  reason: string;
  legalBasis: string | null;
}

/** 不予受理通知书 */
export async function renderRefusal(facts: CaseFacts, issued: IssuedAt, input: RefusalInput): Promise<Buffer> {
  const doc = await start('不予受理通知书', facts, issued);
  addressee(doc, facts);
  paragraph(doc, `你（单位）于${chineseDate(facts.submittedOn)}提交的“${facts.itemName}”申请，经审查，决定不予受理。`);
  section(doc, '不予受理的理由');
  paragraph(doc, input.reason);
  section(doc, '法律依据');
  paragraph(doc, input.legalBasis ?? `${LICENSING_LAW}第三十二条第一款`);
  section(doc, '办件信息');
  caseFields(doc, facts);
  remedies(doc, '决定');
  signOff(doc, facts.departmentName, issued.on);
  return pdfToBuffer(doc);
}

export interface SupplementInput {
  /** 1-based: the n-th supplement request of the case. */
  n: number;
  items: readonly string[];
  /** `intake`: before acceptance; `review`: the case clock stops. */
  phase: 'intake' | 'review';
  /** Who asks: the window, or the department of the asking task. */
  requestedBy: string;
  /** Last day to hand it in; null for requests recorded before the period was kept. */
  due: string | null;
}

/** 补正材料通知书: every missing item at once (一次性告知). */
export async function renderSupplement(facts: CaseFacts, issued: IssuedAt, input: SupplementInput): Promise<Buffer> {
  const doc = await start(input.n > 1 ? `补正材料通知书（第${input.n}次）` : '补正材料通知书', facts, issued);
  addressee(doc, facts);
  paragraph(
    doc,
    `你（单位）于${chineseDate(facts.submittedOn)}提交的“${facts.itemName}”申请，经审查，申请材料不齐全或者不符合法定形式。依照${LICENSING_LAW}第三十二条第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容（共 ${input.items.length} 项）：`,
  );
  table(
    doc,
    [
      { header: '序号', width: 8 },
      { header: '需要补正的材料或内容', width: 92 },
    ],
    input.items.map((item, index) => [String(index + 1), item]),
  );
  section(doc, '办件信息');
  caseFields(doc, facts);
  field(doc, '告知日期', chineseDate(issued.on));
  field(doc, '告知部门', input.requestedBy);
  if (input.due) field(doc, '补正截止日期', chineseDate(input.due));
  section(doc, '时限说明');
  paragraph(
    doc,
    input.phase === 'review'
      ? '自本通知书发出之日起，办理时限暂停计算，直至收到全部补正材料之日起恢复计算；补正材料的时间不计算在办理时限内。'
      : '受理审查期限自收到全部补正材料之日起重新计算；补正材料的时间不计算在办理时限内。',
  );
  const by = input.due ? `请于${chineseDate(input.due)}前` : '请';
  paragraph(doc, `${by}按上述清单一次补齐全部材料，可登录${PLATFORM}在“我的办事”中上传，或携带原件到综合窗口提交。逾期未补正又无正当理由的，视为放弃申请。`);
  signOff(doc, input.requestedBy, issued.on);
  return pdfToBuffer(doc);
}

export interface DecisionInput {
  decision: 'approved' | 'rejected';
  acceptedOn: string | null;
  reason: string | null;
  legalBasis: string | null;
  certificate: { number: string; title: string; validUntil: string | null } | null;
}

/** 准予行政许可决定书 / 不予行政许可决定书 */
export async function renderDecision(facts: CaseFacts, issued: IssuedAt, input: DecisionInput): Promise<Buffer> {
  const approved = input.decision === 'approved';
  const doc = await start(approved ? '准予行政许可决定书' : '不予行政许可决定书', facts, issued);
  addressee(doc, facts);
  const accepted = input.acceptedOn ? `，本机关于${chineseDate(input.acceptedOn)}依法受理` : '';
  if (approved) {
    paragraph(
      doc,
      `你（单位）于${chineseDate(facts.submittedOn)}提出的“${facts.itemName}”申请${accepted}。经审查，你（单位）的申请符合法定条件、标准。依照${facts.itemLegalBasis}及${LICENSING_LAW}第三十八条第一款的规定，决定准予行政许可。`,
    );
    section(doc, '许可内容');
    caseFields(doc, facts);
    if (input.certificate) {
      field(doc, '证照名称', input.certificate.title);
      field(doc, '证照编号', input.certificate.number);
      field(doc, '有效期限', input.certificate.validUntil ? `至${chineseDate(input.certificate.validUntil)}` : '长期');
    }
    doc.moveDown(0.4);
    paragraph(doc, '本机关依照《中华人民共和国行政许可法》第四十四条的规定，自作出本决定之日起十日内向你（单位）颁发、送达行政许可证件；电子证照可登录平台下载，扫描证照上的二维码可查验真伪。');
  } else {
    paragraph(doc, `你（单位）于${chineseDate(facts.submittedOn)}提出的“${facts.itemName}”申请${accepted}。经审查，决定不予行政许可。`);
    section(doc, '不予许可的理由');
    paragraph(doc, input.reason ?? '—');
    section(doc, '法律依据');
    paragraph(doc, `${input.legalBasis ?? '—'}；${LICENSING_LAW}第三十八条第二款`);
    section(doc, '办件信息');
    caseFields(doc, facts);
    remedies(doc, '决定');
  }
  signOff(doc, facts.departmentName, issued.on);
  return pdfToBuffer(doc);
}
