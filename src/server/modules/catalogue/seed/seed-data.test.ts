import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import {
  EXERCISING_LEVELS,
  HANDLING_DEPTHS,
  ITEM_CATEGORIES,
  MATERIAL_FORMS,
  MATERIAL_SOURCES,
  PROCESS_KINDS,
  SPECIAL_PROCEDURES,
} from '../../../../shared/catalogue.js';
import { departments, items } from './index.js';

const deptCodes = new Set(departments.map((d) => d.code));
const deptByCode = new Map(departments.map((d) => [d.code, d]));

function nonEmpty(value: string, what: string): void {
  assert.equal(typeof value, 'string', what);
  assert.ok(value.trim().length > 0, `${what} is empty`);
}

function unique<T>(values: T[], what: string): void {
  const seen = new Set<T>();
  for (const v of values) {
    assert.ok(!seen.has(v), `duplicate ${what}: ${String(v)}`);
    seen.add(v);
  }
}

function find(name: string) {
  const item = items.find((i) => i.name === name) ?? items.find((i) => i.name.startsWith(name));
  assert.ok(item, `item ${name} missing`);
  return item;
}

test('exactly 35 departments with well-formed, unique fields', () => {
  assert.equal(departments.length, 35);
  unique(departments.map((d) => d.code), 'department code');
  unique(departments.map((d) => d.name), 'department name');
  unique(departments.map((d) => d.orgCode), 'orgCode');
  unique(departments.map((d) => d.sort), 'sort');
  unique(departments.map((d) => d.window.phone), 'window phone');
  for (const d of departments) {
    assert.match(d.code, /^[a-z][a-z0-9]{1,15}$/, d.code);
    assert.match(d.orgCode, /^[0-9A-Z]{18}$/, d.orgCode);
    assert.ok(d.orgCode.startsWith('11500102'), d.orgCode);
    assert.ok(d.name.includes('涪陵区'), d.name);
    nonEmpty(d.shortName, `${d.code}.shortName`);
    nonEmpty(d.window.place, `${d.code}.window.place`);
    nonEmpty(d.window.hours, `${d.code}.window.hours`);
    assert.match(d.window.phone, /^023-7222\d{4}$/);
    assert.match(d.complaintPhone, /^023-7222\d{4}$/);
    assert.notEqual(d.complaintPhone, d.window.phone);
  }
});

test('exactly 272 items, unique codes, every department has at least one', () => {
  assert.equal(items.length, 272);
  unique(items.map((i) => i.code), 'item code');
  unique(items.map((i) => i.name), 'item name');
  for (const d of departments) assert.ok(items.some((i) => i.departmentCode === d.code), `${d.code} has no item`);
  for (const i of items) assert.match(i.code, new RegExp(`^500102-${i.departmentCode}-\\d{3}$`), i.code);
});

test('references: departments, co-departments and shared materials exist', () => {
  for (const i of items) {
    assert.ok(deptCodes.has(i.departmentCode), `${i.code}: unknown department ${i.departmentCode}`);
    assert.equal(i.implementingBody, deptByCode.get(i.departmentCode)?.name, `${i.code}: implementingBody`);
    unique(i.coDepartments, `${i.code} co-department`);
    for (const c of i.coDepartments) {
      assert.ok(deptCodes.has(c), `${i.code}: unknown co-department ${c}`);
      assert.notEqual(c, i.departmentCode, `${i.code}: co-department is the lead`);
    }
    for (const m of i.materials) {
      if (m.source === 'shared') {
        assert.ok(m.sharedFrom && deptCodes.has(m.sharedFrom), `${i.code}: ${m.name} sharedFrom ${m.sharedFrom}`);
      } else {
        assert.equal(m.sharedFrom, undefined, `${i.code}: ${m.name} has sharedFrom but is not shared`);
      }
    }
  }
});

test('time limits: promised ≤ statutory, integral working days', () => {
  for (const i of items) {
    assert.ok(Number.isInteger(i.statutoryDays) && i.statutoryDays >= 1, `${i.code}: statutoryDays`);
    assert.ok(Number.isInteger(i.promisedDays) && i.promisedDays >= 0, `${i.code}: promisedDays`);
    assert.ok(i.promisedDays <= i.statutoryDays, `${i.code}: promised ${i.promisedDays} > statutory ${i.statutoryDays}`);
  }
});

test('every element of the one-time notice is filled and uses the shared vocabulary', () => {
  for (const i of items) {
    for (const key of ['name', 'legalBasis', 'implementingBody', 'competentDepartment', 'processSummary', 'acceptanceConditions', 'resultType', 'certificateName'] as const) {
      nonEmpty(i[key], `${i.code}.${key}`);
    }
    assert.ok(i.legalBasis.includes('《'), `${i.code}: legal basis cites no law`);
    assert.ok(i.processSummary.includes('→'), `${i.code}: processSummary`);
    assert.ok((ITEM_CATEGORIES as readonly string[]).includes(i.category), `${i.code}: category`);
    assert.ok((EXERCISING_LEVELS as readonly string[]).includes(i.exercisingLevel), `${i.code}: level`);
    assert.ok((HANDLING_DEPTHS as readonly string[]).includes(i.handlingDepth), `${i.code}: depth`);
    assert.ok((PROCESS_KINDS as readonly string[]).includes(i.processKind), `${i.code}: processKind`);
    assert.ok(['person', 'enterprise', 'both'].includes(i.applicantType), `${i.code}: applicantType`);
    unique(i.specialProcedures, `${i.code} special procedure`);
    for (const sp of i.specialProcedures) assert.ok((SPECIAL_PROCEDURES as readonly string[]).includes(sp), `${i.code}: ${sp}`);
    assert.ok(i.keywords.length >= 2 && i.keywords.length <= 5, `${i.code}: ${i.keywords.length} keywords`);
    unique(i.keywords, `${i.code} keyword`);
    for (const k of i.keywords) nonEmpty(k, `${i.code}.keyword`);
    for (const f of i.fees) {
      nonEmpty(f.name, `${i.code}.fee.name`);
      nonEmpty(f.basis, `${i.code}.fee.basis`);
      nonEmpty(f.standard, `${i.code}.fee.standard`);
    }
    assert.ok(i.materials.length >= 2 && i.materials.length <= 8, `${i.code}: ${i.materials.length} materials`);
    unique(i.materials.map((m) => m.name), `${i.code} material`);
    for (const m of i.materials) {
      nonEmpty(m.name, `${i.code}.material.name`);
      assert.ok((MATERIAL_FORMS as readonly string[]).includes(m.form), `${i.code}: ${m.name} form`);
      assert.ok((MATERIAL_SOURCES as readonly string[]).includes(m.source), `${i.code}: ${m.name} source`);
      assert.ok(Number.isInteger(m.copies) && m.copies >= 0, `${i.code}: ${m.name} copies`);
      if (m.source === 'applicant') assert.ok(m.copies >= 1, `${i.code}: ${m.name} handed in with 0 copies`);
      if (m.required) assert.equal(m.condition, undefined, `${i.code}: required ${m.name} has a condition`);
      else nonEmpty(m.condition ?? '', `${i.code}: conditional ${m.name} condition`);
    }
    assert.ok(i.materials.some((m) => m.required), `${i.code}: no required material`);
  }
});

test('texts fit the catalogue schema limits', () => {
  const fits = (value: string | undefined, max: number, what: string) =>
    assert.ok(value === undefined || [...value].length <= max, `${what} longer than ${max}: ${value}`);
  for (const i of items) {
    fits(i.name, 200, `${i.code}.name`);
    fits(i.certificateName, 200, `${i.code}.certificateName`);
    fits(i.competentDepartment, 200, `${i.code}.competentDepartment`);
    fits(i.resultType, 50, `${i.code}.resultType`);
    fits(i.legalBasis, 4000, `${i.code}.legalBasis`);
    fits(i.acceptanceConditions, 4000, `${i.code}.acceptanceConditions`);
    fits(i.processSummary, 2000, `${i.code}.processSummary`);
    for (const k of i.keywords) fits(k, 20, `${i.code}.keyword`);
    for (const f of i.fees) {
      fits(f.name, 200, `${i.code}.fee.name`);
      fits(f.basis, 1000, `${i.code}.fee.basis`);
      fits(f.standard, 500, `${i.code}.fee.standard`);
    }
    for (const m of i.materials) {
      fits(m.name, 200, `${i.code}.material.name`);
      fits(m.condition, 500, `${i.code}.material.condition`);
      fits(m.note, 500, `${i.code}.material.note`);
      assert.ok(m.copies <= 20, `${i.code}.material.copies`);
    }
  }
});

test('visits are consistent with the handling depth', () => {
  for (const i of items) {
    if (i.handlingDepth === 'full_online') assert.equal(i.visits, 0, i.code);
    if (i.handlingDepth === 'online_accept') assert.equal(i.visits, 1, i.code);
    if (i.handlingDepth === 'prereview_only') assert.ok(i.visits === 1 || i.visits === 2, i.code);
  }
});

test('process kinds are consistent with limits, procedures and co-departments', () => {
  for (const i of items) {
    if (i.processKind === 'joint') assert.ok(i.coDepartments.length >= 2, `${i.code}: joint with < 2 co-departments`);
    else assert.deepEqual(i.coDepartments, [], `${i.code}: co-departments on a non-joint item`);
    if (i.processKind === 'instant') assert.ok(i.promisedDays <= 1, `${i.code}: instant with ${i.promisedDays} days`);
    if (i.processKind === 'inspection') assert.ok(i.specialProcedures.includes('site_inspection'), `${i.code}: inspection without site inspection`);
  }
  const joint = items.filter((i) => i.processKind === 'joint');
  assert.ok(joint.length >= 4 && joint.length <= 6, `${joint.length} joint items`);
});

test('the reference journeys find their items', () => {
  const opening = find('企业开办');
  assert.equal(opening.departmentCode, 'scjg');
  assert.equal(opening.processKind, 'joint');
  assert.equal(opening.promisedDays, 1);
  for (const c of ['ga', 'sw', 'rs']) assert.ok(opening.coDepartments.includes(c), `企业开办 lacks ${c}`);

  const review = find('建设工程项目联合审查');
  assert.equal(review.departmentCode, 'cjw');
  assert.equal(review.processKind, 'joint');
  for (const c of ['gh', 'xf', 'rf', 'qx']) assert.ok(review.coDepartments.includes(c), `联合审查 lacks ${c}`);

  const food = find('食品经营许可');
  assert.equal(food.handlingDepth, 'online_accept');
  assert.equal(food.processKind, 'inspection');
  assert.equal(food.visits, 1);
  assert.ok(food.specialProcedures.includes('site_inspection'));

  const trader = find('个体工商户设立登记');
  assert.equal(trader.handlingDepth, 'full_online');
  assert.equal(trader.processKind, 'instant');
  assert.equal(trader.visits, 0);
});

test('searching names and keywords finds several items for 食品 and 建设', () => {
  const search = (q: string) => items.filter((i) => i.name.includes(q) || i.keywords.some((k) => k.includes(q)));
  assert.ok(search('食品').length >= 5, `食品: ${search('食品').length}`);
  assert.ok(search('建设').length >= 10, `建设: ${search('建设').length}`);
  assert.ok(items.some((i) => i.fees.length > 0), 'no item with fees');
});

test('the seed is deterministic by construction: no randomness or clock in its sources', () => {
  const dir = dirname(fileURLToPath(import.meta.url));
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  assert.ok(sources.length >= 10);
  for (const f of sources) {
    const text = readFileSync(join(dir, f), 'utf8');
    assert.doesNotMatch(text, /Math\.random|Date\.now|new Date\b|performance\.now|randomUUID|process\.env/, f);
  }
  assert.equal(JSON.stringify(items), JSON.stringify(structuredClone(items)));
});
