import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { overlappingBoxes, pdfText, pdfTextBoxes } from '../../testing/pdf-text.js';
import { renderCertificate, type CertificateArtwork } from './certificate-pdf.js';
import { BUSINESS_LICENCE, DEFAULT_CERTIFICATE, fillTemplate, type CertificateFacts } from './certificate-templates.js';
import { certificateContent, type CertificatePayloadV2 } from './certificates.js';
import { checkCode, signerFromSeed } from './signing.js';

const signer = signerFromSeed(Buffer.alloc(32, 7));
const facts: CertificateFacts = {
  creditCode: '91500102MA0000015T',
  applicantName: '重庆市涪陵区示例商贸有限公司',
  applicantKind: 'enterprise',
  itemName: '企业开办（一窗通办）',
  itemCode: '500102-SCJG-XK-0001',
  issuedOn: '2026-03-10',
  department: '重庆市涪陵区市场监督管理局',
};
const company = (scope: string, name = '重庆涪陵云帆智能科技有限公司') => ({
  details: { companyName: name, companyType: '有限责任公司', registeredCapital: 300, legalRepresentative: '王建国', businessAddress: '重庆市涪陵区太极大道 18 号 3 幢 2-1', businessScope: scope },
});

function artwork(payload: CertificatePayloadV2, revoked: CertificateArtwork['revoked'] = null): CertificateArtwork {
  const signature = signer.sign(payload);
  return { payload, signed: payload, signature, checkCode: checkCode(signature), keyId: signer.keyId, verifyUrl: `https://example.test/verify/${payload.number}?s=${signature}`, issuedAt: '2026-03-10T02:00:00Z', revoked };
}

function licence(formData: unknown, title = '营业执照'): CertificatePayloadV2 {
  const filled = fillTemplate(BUSINESS_LICENCE, formData, facts);
  return {
    v: 2,
    number: '500102-SCJG-2026-000001',
    type: BUSINESS_LICENCE.type,
    title,
    itemCode: facts.itemCode,
    itemName: facts.itemName,
    holder: filled.holder,
    holderLabel: BUSINESS_LICENCE.holderLabel,
    holderKind: filled.holderKind,
    lines: filled.lines,
    receiptNo: 'SL2026031000001',
    departmentCode: 'scjg',
    department: facts.department,
    issuedOn: facts.issuedOn,
    validUntil: null,
    bundle: { position: 1, size: 4 },
  };
}

const SHORT_SCOPE = '软件开发；信息技术咨询服务；计算机系统服务。';
const LONG_SCOPE = `${'一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；人工智能应用软件开发；信息系统集成服务；数据处理和存储支持服务；'.repeat(12)}（依法须经批准的项目，经相关部门批准后方可开展经营活动）`.slice(0, 1000);

describe('certificate PDF layout: rendered and measured', () => {
  const cases: [string, CertificateArtwork][] = [
    ['a business licence', artwork(licence(company(SHORT_SCOPE)))],
    ['a 1000-character business scope', artwork(licence(company(LONG_SCOPE)))],
    ['a long title and a long name (the old combined title)', artwork(licence(company(SHORT_SCOPE, '重庆市涪陵区长江上游绿色智慧农业科技发展集团股份有限公司'), '营业执照、公章、发票及社会保险登记（一次发放）'))],
    ['a revoked licence', artwork(licence(company(LONG_SCOPE)), { on: '2026-04-01', reason: '申请人以欺骗手段取得登记，依法撤销' })],
    [
      'a certificate issued before templates (v1)',
      artwork(
        certificateContent({ v: 1, number: '500102-JT-2025-000003', title: '道路运输经营许可证', itemCode: 'X', itemName: '道路旅客运输经营许可', holder: '李明', receiptNo: 'SL1', departmentCode: 'jt', department: '重庆市涪陵区交通运输局', issuedOn: '2025-05-01', validUntil: '2030-04-30' }),
      ),
    ],
  ];
  for (const [name, input] of cases) {
    test(`${name}: one page, every line printed, no text printed over other text`, async () => {
      const pdf = await renderCertificate(input);
      const boxes = await pdfTextBoxes(pdf);
      const { text, pages } = await pdfText(pdf);
      assert.equal(pages, 1);
      const overlaps = overlappingBoxes(boxes).map(([a, b]) => `“${a.text}” over “${b.text}”`);
      assert.deepEqual(overlaps, []);
      const flat = text.replace(/\s/g, '');
      for (const needle of [input.payload.number, input.checkCode, input.payload.holder, ...input.payload.lines.map((l) => l.value.slice(0, 20))]) {
        assert.ok(flat.includes(needle.replace(/\s/g, '')), `prints ${needle}`);
      }
      // Everything stays inside the red frame (36 pt page margin).
      for (const box of boxes) assert.ok(box.x >= 36 && box.x + box.width <= 595.28 - 36 && box.y >= 36 && box.y + box.height <= 841.89 - 36, `“${box.text}” inside the frame`);
    });
  }

  test('the licence shows the company being set up and its licence content, not the applying account', async () => {
    const payload = licence(company(SHORT_SCOPE));
    const { text } = await pdfText(await renderCertificate(artwork(payload)));
    for (const needle of ['名称', '重庆涪陵云帆智能科技有限公司', '统一社会信用代码', '91500102MA0000015T', '法定代表人', '王建国', '注册资本', '人民币300万元', '成立日期', '2026年3月10日', '住所', '经营范围', '软件开发']) assert.ok(text.includes(needle), needle);
    assert.ok(!text.includes('重庆市涪陵区示例商贸有限公司'));
  });

  test('a personal item without a form: the default template names the person', () => {
    const filled = fillTemplate(DEFAULT_CERTIFICATE, {}, { ...facts, applicantName: '李明', applicantKind: 'person' });
    assert.deepEqual(filled, { holder: '李明', holderKind: 'person', lines: [{ label: '许可事项', value: facts.itemName }, { label: '事项编码', value: facts.itemCode }] });
  });
});
