/**
 * Demo data for finding items: search synonyms (what people type → words in the catalogue), life
 * events (一件事) and the curated hot items shown before real case counts exist. Pure data.
 */

/** [what people type, what to look for as well]. */
export const SYNONYMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['营业执照', ['企业开办', '设立登记']],
  ['办执照', ['企业开办', '设立登记']],
  ['开公司', ['企业开办', '公司设立登记']],
  ['注册公司', ['企业开办', '公司设立登记']],
  ['办公司', ['企业开办', '公司设立登记']],
  ['开饭店', ['餐饮服务开办', '食品经营许可']],
  ['开餐馆', ['餐饮服务开办', '食品经营许可']],
  ['开饭馆', ['餐饮服务开办', '食品经营许可']],
  ['饭店', ['餐饮', '食品经营许可']],
  ['食品经营许可证', ['食品经营许可']],
  ['开店', ['个体工商户设立登记']],
  ['刻公章', ['印章刻制']],
  ['社保', ['社会保险']],
  ['养老金', ['养老保险']],
  ['住房公积金', ['公积金']],
  ['上户口', ['出生登记', '户口迁入']],
  ['落户', ['户口迁入']],
  ['新生儿', ['出生登记']],
  ['房产证', ['不动产']],
  ['过户', ['不动产转移登记']],
  ['结婚证', ['结婚登记']],
  ['离婚证', ['离婚登记']],
  ['税务登记证', ['新办纳税人', '税务登记']],
];

export interface SeedLifeEvent {
  code: string;
  name: string;
  summary: string;
  audience: 'person' | 'enterprise';
  /** [item code, what it is for in this event]. */
  items: ReadonlyArray<readonly [string, string | null]>;
}

export const LIFE_EVENTS: readonly SeedLifeEvent[] = [
  {
    code: 'start-business',
    name: '开办企业',
    summary: '从领取营业执照到刻章、领发票、社保和公积金开户，新办企业要办的事一次看清。',
    audience: 'enterprise',
    items: [
      ['500102-scjg-001', '一窗提交，执照、印章、发票、社保一并办结'],
      ['500102-scjg-002', '单独办理公司设立登记，领取营业执照'],
      ['500102-ga-003', '刻制公章后备案'],
      ['500102-sw-001', '税务信息确认、票种核定、领用发票'],
      ['500102-rs-001', '为职工参加社会保险'],
      ['500102-gjj-001', '为职工开设住房公积金账户'],
    ],
  },
  {
    code: 'open-restaurant',
    name: '开餐馆',
    summary: '开一家饭店、餐馆：主体登记、食品经营许可、消防检查、排水和招牌。',
    audience: 'enterprise',
    items: [
      ['500102-scjg-006', '以个体工商户经营的，先领营业执照'],
      ['500102-syj-008', '食品经营许可、消防安全检查、环评登记一次联办'],
      ['500102-syj-001', '单独申请食品经营许可'],
      ['500102-xf-005', '营业前的消防安全检查'],
      ['500102-cg-001', '餐饮污水排入市政管网'],
      ['500102-cg-003', '设置大型户外招牌的'],
    ],
  },
  {
    code: 'newborn',
    name: '新生儿出生',
    summary: '宝宝出生后：办理出生登记（上户口），需要时为孩子申领居民身份证。',
    audience: 'person',
    items: [
      ['500102-ga-013', '出生一个月内，凭出生医学证明上户口'],
      ['500102-ga-016', '未满十六周岁的孩子也可以申领身份证'],
    ],
  },
  {
    code: 'marriage',
    name: '结婚成家',
    summary: '结婚登记、投靠落户，以及用公积金贷款买房。',
    audience: 'person',
    items: [
      ['500102-mz-006', '双方共同到婚姻登记处办理'],
      ['500102-ga-015', '投靠配偶落户的'],
      ['500102-gjj-003', '用住房公积金贷款买房的'],
    ],
  },
  {
    code: 'buy-home',
    name: '买房',
    summary: '二手房过户、抵押登记、公积金贷款和提取。',
    audience: 'person',
    items: [
      ['500102-gt-002', '存量房买卖过户'],
      ['500102-gt-003', '贷款买房办理抵押登记'],
      ['500102-gjj-003', '申请住房公积金贷款'],
      ['500102-gjj-002', '购房后提取公积金'],
    ],
  },
  {
    code: 'retire',
    name: '退休',
    summary: '退休待遇核定、领取养老金和提取住房公积金。',
    audience: 'person',
    items: [
      ['500102-rs-011', '企业职工退休待遇核定'],
      ['500102-rs-010', '城乡居民领取养老金'],
      ['500102-gjj-002', '退休后提取住房公积金'],
    ],
  },
];

/** Shown as hot items until enough cases exist to rank items by use. */
export const CURATED_HOT_ITEMS: readonly string[] = [
  '500102-scjg-001',
  '500102-syj-001',
  '500102-ga-013',
  '500102-mz-006',
  '500102-gt-002',
  '500102-gjj-002',
  '500102-scjg-006',
  '500102-ga-016',
];
