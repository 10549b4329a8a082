/**
 * Deterministic demo seed of the item catalogue (实施清单) of 重庆市涪陵区 (500102):
 * 35 departments and 272 items. Pure data — no randomness, no clock, no I/O.
 *
 * Item codes: `500102-<department code>-<3-digit position in the department's list>` (see helpers.ts).
 */
import { departments } from './departments.js';
import { agricultureItems, forestryItems, livestockItems, resettlementItems } from './items-agriculture.js';
import { constructionItems, airDefenceItems, meteorologyItems } from './items-construction.js';
import { archivesItems, cultureItems, financeItems, justiceItems, religionItems, sportsItems } from './items-culture-misc.js';
import { commerceItems, developmentItems, economyInformationItems, taxItems } from './items-economy.js';
import { environmentItems, urbanManagementItems, waterItems } from './items-environment.js';
import { foodDrugItems, qualityItems, tobaccoItems } from './items-food-quality.js';
import { educationItems, healthItems } from './items-health-education.js';
import { landHousingItems, planningItems } from './items-land-planning.js';
import { housingFundItems } from './items-housing-fund.js';
import { marketItems } from './items-market.js';
import { fireItems, publicSecurityItems } from './items-public-security.js';
import { civilAffairsItems, humanResourcesItems } from './items-social.js';
import { transportItems, workSafetyItems } from './items-transport-safety.js';
import type { SeedItem } from './types.js';

export type { SeedDepartment, SeedFee, SeedItem, SeedMaterial } from './types.js';
export { departments, DISTRICT_CODE, SERVICE_CENTRE, WINDOW_HOURS } from './departments.js';

const byDepartment: Record<string, SeedItem[]> = {
  scjg: marketItems,
  sw: taxItems,
  ga: publicSecurityItems,
  syj: foodDrugItems,
  zj: qualityItems,
  swj: commerceItems,
  yc: tobaccoItems,
  fgw: developmentItems,
  jxw: economyInformationItems,
  cjw: constructionItems,
  gh: planningItems,
  gt: landHousingItems,
  hb: environmentItems,
  xf: fireItems,
  rf: airDefenceItems,
  qx: meteorologyItems,
  jt: transportItems,
  shw: waterItems,
  cg: urbanManagementItems,
  aj: workSafetyItems,
  nw: agricultureItems,
  ly: forestryItems,
  xm: livestockItems,
  ym: resettlementItems,
  rs: humanResourcesItems,
  mz: civilAffairsItems,
  wjw: healthItems,
  jyw: educationItems,
  wh: cultureItems,
  ty: sportsItems,
  sf: justiceItems,
  cz: financeItems,
  mzzj: religionItems,
  da: archivesItems,
  gjj: housingFundItems,
};

/** Every item, grouped by department in the departments' list order. */
export const items: SeedItem[] = departments.flatMap((d) => byDepartment[d.code] ?? []);
