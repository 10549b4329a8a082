/** 住房公积金管理中心涪陵区分中心 (gjj): the services people ask for by the word 公积金. */
import { appForm, cond, copyOf, defineItems, mat, personId, proxy, shared } from './helpers.js';

const FUND_REG = '《住房公积金管理条例》';

export const housingFundItems = defineItems('gjj', [
  {
    name: '住房公积金单位缴存登记',
    category: '公共服务',
    basis: `${FUND_REG}第十四条、第十五条`,
    depth: 'full_online',
    statutory: 5,
    promised: 1,
    kind: 'instant',
    conditions: '新设立的单位自设立之日起30日内，到住房公积金管理中心办理住房公积金缴存登记，并为本单位职工办理住房公积金账户设立手续。',
    materials: [appForm('住房公积金单位缴存登记表'), shared('营业执照或者单位设立批准文件', 'scjg', '通过市场主体登记信息共享获取'), mat('经办人身份证明')],
    certificate: '住房公积金单位登记回执',
    result: '其他',
    keywords: ['公积金开户', '单位缴存', '公积金登记', '新办企业'],
    applicant: 'enterprise',
  },
  {
    name: '住房公积金提取',
    category: '公共服务',
    basis: `${FUND_REG}第二十四条`,
    depth: 'online_accept',
    statutory: 3,
    promised: 1,
    kind: 'instant',
    conditions: '职工购买、建造、翻建、大修自住住房，离休、退休，完全丧失劳动能力并与单位终止劳动关系，偿还购房贷款本息，或者房租超出家庭工资收入规定比例的，可以提取本人住房公积金账户内的存储余额。',
    materials: [appForm('住房公积金提取申请表'), personId(), cond('购房合同、不动产权证书或者租房合同', '购房、租房提取的'), cond('退休证明', '退休提取的'), copyOf('本人银行卡'), proxy()],
    certificate: '住房公积金提取审批单',
    result: '其他',
    keywords: ['公积金提取', '取公积金', '租房提取', '购房提取'],
    applicant: 'person',
  },
  {
    name: '住房公积金个人住房贷款',
    category: '公共服务',
    basis: `${FUND_REG}第二十六条`,
    depth: 'online_accept',
    visits: 1,
    statutory: 15,
    promised: 10,
    kind: 'standard',
    conditions: '缴存职工连续足额缴存住房公积金6个月以上，在本市购买、建造、翻建、大修自住住房的，可以申请住房公积金个人住房贷款。',
    materials: [appForm('住房公积金个人住房贷款申请表'), personId('借款人及配偶'), mat('婚姻状况证明'), mat('购房合同及首付款凭证'), mat('借款人收入证明')],
    certificate: '住房公积金个人住房贷款审批意见',
    result: '其他',
    keywords: ['公积金贷款', '住房贷款', '买房贷款', '按揭'],
    applicant: 'person',
  },
]);
