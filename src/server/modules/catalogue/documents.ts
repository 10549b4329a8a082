import { HANDLING_DEPTH_LABELS, MATERIAL_FORM_LABELS, SPECIAL_PROCEDURE_LABELS, type MaterialForm, type SpecialProcedure } from '../../../shared/catalogue.js';
import { createPdf, field, heading, paragraph, pdfToBuffer, qrCode, section, table } from '../documents/pdf.js';
import type { ItemDetail } from './schemas.js';

/** The catalogue's documents: the one-time notice (一次性告知单) and blank/sample material forms. */

const PLATFORM = '重庆市涪陵区网上行政审批平台';

function publishedDate(item: ItemDetail): Date {
  return item.publishedAt ? new Date(item.publishedAt) : new Date(0);
}

function visitsText(visits: number): string {
  return visits === 0 ? '0 次（全程网上办理，无需到现场）' : `${visits} 次`;
}

function materialForm(form: MaterialForm, copies: number): string {
  return `${MATERIAL_FORM_LABELS[form]}${copies > 0 ? ` ${copies} 份` : ''}`;
}

/**
 * 一次性告知单: every element an applicant needs in one read. `publicUrl` is the item page the
 * QR code points to (absolute, so a phone can open it).
 */
export async function renderNotice(item: ItemDetail, publicUrl: string): Promise<Buffer> {
  const doc = await createPdf({ title: `${item.name} 一次性告知单`, createdAt: publishedDate(item) });
  heading(doc, '行政审批事项一次性告知单');
  doc.font('bold').fontSize(15).text(item.name, { align: 'center' });
  doc.font('regular').fontSize(10).text(`实施编码：${item.code}    版本：第 ${item.version} 版`, { align: 'center' });
  const qrTop = doc.page.margins.top;
  await qrCode(doc, publicUrl, doc.page.width - doc.page.margins.right - 70, qrTop, 70);
  doc.moveDown(1);

  section(doc, '一、基本信息');
  field(doc, '事项类型', item.category);
  field(doc, '实施主体', item.implementingBody);
  field(doc, '主管部门', item.competentDepartment);
  field(doc, '行使层级', item.exercisingLevel);
  field(doc, '服务对象', { person: '自然人', enterprise: '法人及其他组织', both: '自然人、法人及其他组织' }[item.applicantType]);
  field(doc, '设立依据', item.legalBasis);
  if (item.coDepartments.length > 0) {
    field(doc, '并联审批', `牵头部门：${item.department.name}；协办部门：${item.coDepartments.map((d) => d.name).join('、')}`);
  }

  section(doc, '二、办理时限与方式');
  field(doc, '法定办结时限', `${item.statutoryDays} 个工作日`);
  field(doc, '承诺办结时限', item.promisedDays === 0 ? '即办' : `${item.promisedDays} 个工作日`);
  field(doc, '办理深度', HANDLING_DEPTH_LABELS[item.handlingDepth]);
  field(doc, '到现场次数', visitsText(item.visits));
  field(
    doc,
    '特别程序',
    item.specialProcedures.length
      ? `${item.specialProcedures.map((p) => SPECIAL_PROCEDURE_LABELS[p as SpecialProcedure]).join('、')}（特别程序所需时间不计入办理时限）`
      : '无',
  );
  field(doc, '收费', item.fees.length ? item.fees.map((f) => `${f.name}：${f.standard}（依据：${f.basis}）`).join('\n') : '不收费');

  section(doc, '三、受理条件');
  paragraph(doc, item.acceptanceConditions);

  section(doc, '四、申请材料');
  table(
    doc,
    [
      { header: '序号', width: 6 },
      { header: '材料名称', width: 34 },
      { header: '要求', width: 14 },
      { header: '形式及份数', width: 18 },
      { header: '来源及说明', width: 28 },
    ],
    item.materials.map((m, index) => [
      String(index + 1),
      m.name,
      m.required ? '必要' : `情形：${m.condition ?? ''}`,
      materialForm(m.form, m.copies),
      [m.source === 'shared' ? `部门共享，免于提交${m.sharedFromName ? `（${m.sharedFromName}）` : ''}` : '申请人提供', m.note ?? ''].filter(Boolean).join('；'),
    ]),
  );

  section(doc, '五、办理流程');
  paragraph(doc, item.processSummary);

  section(doc, '六、审批结果');
  field(doc, '结果类型', item.resultType);
  field(doc, '结果名称', item.certificateName);

  section(doc, '七、办理地点与咨询投诉');
  field(doc, '办理地点', item.window.place);
  field(doc, '办理时间', item.window.hours);
  field(doc, '咨询方式', item.consultationChannel);
  field(doc, '监督投诉', item.complaintChannel);

  doc.moveDown(1);
  doc.fontSize(9).fillColor('#555555').text(`本告知单由${PLATFORM}生成，扫描右上角二维码可查看最新版本并在线申请。`, { align: 'left' });
  return pdfToBuffer(doc);
}

/** Sample values printed on a filled sample (示例) so applicants see what goes where. */
const SAMPLE_VALUES: [string, string][] = [
  ['申请人（单位）名称', '重庆市涪陵区示例商贸有限公司'],
  ['信用代码/身份证号', '91500102MA5UXXXXXX'],
  ['法定代表人（负责人）', '张三'],
  ['联系电话', '023-7222XXXX'],
  ['住所（地址）', '重庆市涪陵区太白大道 XX 号'],
];

/**
 * The blank form of a material (空白表格) or its filled sample (示例样表).
 * The layout is the same so the sample can be read side by side with the form.
 */
export async function renderMaterialForm(item: ItemDetail, materialId: number, kind: 'template' | 'sample'): Promise<Buffer | undefined> {
  const material = item.materials.find((m) => m.id === materialId);
  if (!material) return undefined;
  const sample = kind === 'sample';
  const doc = await createPdf({ title: `${material.name}${sample ? '（示例）' : ''}`, subject: item.name, createdAt: publishedDate(item) });
  heading(doc, material.name.replace(/^《|》$/g, ''), 18);
  doc.fontSize(10).text(`适用事项：${item.name}（${item.code}）`, { align: 'center' });
  if (sample) doc.fillColor('#c0392b').fontSize(12).text('示  例', { align: 'center' }).fillColor('#000000');
  doc.moveDown(1);
  for (const [label, value] of SAMPLE_VALUES) field(doc, label, sample ? value : '______________________________');
  field(doc, '申请事项', item.name);
  field(doc, '材料形式', materialForm(material.form, material.copies));
  if (material.note) field(doc, '填写说明', material.note);
  section(doc, '申请内容');
  paragraph(doc, sample ? `本单位申请办理“${item.name}”，所提交材料真实、合法、有效。` : '\n\n\n\n');
  section(doc, '承诺');
  paragraph(doc, '本人（单位）承诺所填写内容及所提交材料真实、准确、完整，如有虚假，愿承担相应法律责任。');
  doc.moveDown(2);
  field(doc, '申请人签字（盖章）', sample ? '张三（示例）' : '');
  field(doc, '日期', sample ? '2026 年 1 月 5 日' : '        年    月    日');
  return pdfToBuffer(doc);
}
