import type { DemoSeed } from '../../seed.js';
import * as repo from './repository.js';
import { createItems } from './service.js';
import { departments, items } from './seed/index.js';
import type { SeedDepartment, SeedItem } from './seed/types.js';
import type { ItemContent } from './schemas.js';

export const REGIONS = [
  { code: '500000', name: '重庆市', parent_code: null, level: 'province' as const },
  { code: '500102', name: '涪陵区', parent_code: '500000', level: 'district' as const },
];

const SEED_ACTOR = { id: 'system:seed' };

function contentOf(item: SeedItem, department: SeedDepartment): ItemContent {
  return {
    name: item.name,
    category: item.category,
    legalBasis: item.legalBasis,
    implementingBody: item.implementingBody,
    competentDepartment: item.competentDepartment,
    exercisingLevel: item.exercisingLevel,
    handlingDepth: item.handlingDepth,
    visits: item.visits,
    statutoryDays: item.statutoryDays,
    promisedDays: item.promisedDays,
    specialProcedures: item.specialProcedures,
    fees: item.fees,
    processSummary: item.processSummary,
    acceptanceConditions: item.acceptanceConditions,
    materials: item.materials.map((m) => ({
      name: m.name,
      required: m.required,
      condition: m.condition ?? null,
      ...(m.requiredWhen && { requiredWhen: m.requiredWhen }),
      form: m.form,
      copies: m.copies,
      source: m.source,
      sharedFrom: m.sharedFrom ?? null,
      note: m.note ?? null,
    })),
    resultType: item.resultType,
    certificateName: item.certificateName,
    keywords: item.keywords,
    processKind: item.processKind,
    coDepartments: item.coDepartments,
    applicantType: item.applicantType,
    consultationChannel: `窗口咨询：${department.window.place}；电话 ${department.window.phone}；网上咨询：平台“咨询”栏目`,
    complaintChannel: `部门监督电话 ${department.complaintPhone}；政务服务便民热线 12345；网上投诉：平台“投诉”栏目`,
  };
}

/** The Fuling catalogue: 35 departments and 272 published items, through the same service admins use. */
export const catalogueDemoSeed: DemoSeed = {
  name: 'catalogue',
  isLoaded: async (db) => (await repo.countDepartments(db)) > 0,
  async load(db) {
    for (const region of REGIONS) await repo.insertRegion(db, region);
    await repo.insertDepartments(
      db,
      departments.map((department) => ({
        code: department.code,
        region_code: '500102',
        name: department.name,
        short_name: department.shortName,
        org_code: department.orgCode,
        window_place: department.window.place,
        window_hours: department.window.hours,
        window_phone: department.window.phone,
        complaint_phone: department.complaintPhone,
        sort: department.sort,
      })),
    );
    const byCode = new Map(departments.map((department) => [department.code, department]));
    await createItems(
      db,
      items.map((item) => ({ code: item.code, departmentCode: item.departmentCode, content: contentOf(item, byCode.get(item.departmentCode)!), publish: true })),
      SEED_ACTOR,
    );
  },
};
