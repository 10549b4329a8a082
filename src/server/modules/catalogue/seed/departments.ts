/**
 * The 35 departments of the demo district 重庆市涪陵区 (division code 500102), with the names the
 * district's bodies carried around 2017–2018 (before the 2019 institutional reform; the tax bureau
 * already merged in July 2018). Every value is fixed: no randomness, no clock.
 */
import type { SeedDepartment } from './types.js';

/** Division code of the demo district. */
export const DISTRICT_CODE = '500102';

/** The service hall every department's window sits in. */
export const SERVICE_CENTRE = '涪陵区行政服务中心';

/** One set of opening hours for every window of the hall. */
export const WINDOW_HOURS = '周一至周五 9:00-12:00，13:30-17:30（法定节假日除外）';

/** Characters of the unified social credit code (GB 32100-2015), index = value. */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Check character of an 8-digit organisation code body (GB 11714). */
function orgCheck(body: string): string {
  const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * (ORG_WEIGHTS[i] ?? 0), 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A deterministic, well-formed unified social credit code for a government organ of the district:
 * `11` (机关) + `500102` + a 9-character organisation code + the GB 32100 check character.
 * The codes are invented for the demo; only the format and the check characters are real.
 */
export function orgCodeFor(sort: number): string {
  const body = `00${String(207300 + sort * 37).padStart(6, '0')}`;
  const first17 = `11${DISTRICT_CODE}${body}${orgCheck(body)}`;
  const sum = [...first17].reduce((acc, ch, i) => acc + USCC_CHARS.indexOf(ch) * (USCC_WEIGHTS[i] ?? 0), 0);
  const check = (31 - (sum % 31)) % 31;
  return `${first17}${USCC_CHARS[check]}`;
}

/** [code, full name, short name, hall floor and window(s)] in list order. */
const TABLE: ReadonlyArray<readonly [string, string, string, string]> = [
  // 一楼 A 区：企业开办 / 市场准入
  ['scjg', '重庆市涪陵区市场监督管理局', '区市场监管局', '一楼A区01-06号窗口'],
  ['sw', '国家税务总局重庆市涪陵区税务局', '区税务局', '一楼A区07-10号窗口'],
  // 一楼 B 区：公安、食品药品、质量、商务、烟草
  ['ga', '重庆市涪陵区公安局', '区公安局', '一楼B区11-15号窗口'],
  ['syj', '重庆市食品药品监督管理局涪陵区分局', '区食品药品监管分局', '一楼B区16-18号窗口'],
  ['zj', '重庆市涪陵区质量技术监督局', '区质监局', '一楼B区19号窗口'],
  ['swj', '重庆市涪陵区商务局', '区商务局', '一楼B区20号窗口'],
  ['yc', '重庆市涪陵区烟草专卖局', '区烟草专卖局', '一楼B区21号窗口'],
  // 二楼 C 区：投资项目与工程建设项目审批
  ['fgw', '重庆市涪陵区发展和改革委员会', '区发展改革委', '二楼C区22号窗口'],
  ['jxw', '重庆市涪陵区经济和信息化委员会', '区经济信息委', '二楼C区23号窗口'],
  ['cjw', '重庆市涪陵区城乡建设委员会', '区城乡建委', '二楼C区24-27号窗口'],
  ['gh', '重庆市涪陵区规划局', '区规划局', '二楼C区28-29号窗口'],
  ['gt', '重庆市涪陵区国土资源和房屋管理局', '区国土房管局', '二楼C区30-35号窗口'],
  ['hb', '重庆市涪陵区环境保护局', '区环保局', '二楼C区36号窗口'],
  ['xf', '重庆市涪陵区公安消防支队', '区消防支队', '二楼C区37-38号窗口'],
  ['rf', '重庆市涪陵区人民防空办公室', '区人防办', '二楼C区39号窗口'],
  ['qx', '重庆市涪陵区气象局', '区气象局', '二楼C区40号窗口'],
  ['jt', '重庆市涪陵区交通委员会', '区交委', '二楼C区41-43号窗口'],
  ['shw', '重庆市涪陵区水务局', '区水务局', '二楼C区44号窗口'],
  ['cg', '重庆市涪陵区城市管理局', '区城管局', '二楼C区45-46号窗口'],
  ['aj', '重庆市涪陵区安全生产监督管理局', '区安监局', '二楼C区47号窗口'],
  // 三楼 D 区：农业农村
  ['nw', '重庆市涪陵区农业委员会', '区农委', '三楼D区48号窗口'],
  ['ly', '重庆市涪陵区林业局', '区林业局', '三楼D区49号窗口'],
  ['xm', '重庆市涪陵区畜牧兽医局', '区畜牧兽医局', '三楼D区50号窗口'],
  ['ym', '重庆市涪陵区移民局', '区移民局', '三楼D区51号窗口'],
  // 三楼 E 区：社会事务
  ['rs', '重庆市涪陵区人力资源和社会保障局', '区人力社保局', '三楼E区52-55号窗口'],
  ['mz', '重庆市涪陵区民政局', '区民政局', '三楼E区56-57号窗口'],
  ['wjw', '重庆市涪陵区卫生和计划生育委员会', '区卫生计生委', '三楼E区58-59号窗口'],
  ['jyw', '重庆市涪陵区教育委员会', '区教委', '三楼E区60号窗口'],
  ['wh', '重庆市涪陵区文化委员会', '区文化委', '三楼E区61号窗口'],
  ['ty', '重庆市涪陵区体育局', '区体育局', '三楼E区62号窗口'],
  ['sf', '重庆市涪陵区司法局', '区司法局', '三楼E区63号窗口'],
  ['cz', '重庆市涪陵区财政局', '区财政局', '三楼E区64号窗口'],
  ['mzzj', '重庆市涪陵区民族宗教事务委员会', '区民宗委', '三楼E区65号窗口'],
  ['da', '重庆市涪陵区档案局', '区档案局', '三楼E区66号窗口'],
  // Appended (not in hall order) so the other departments keep their sort, codes and phones.
  ['gjj', '重庆市住房公积金管理中心涪陵区分中心', '区公积金分中心', '三楼E区67号窗口'],
];

export const departments: SeedDepartment[] = TABLE.map(([code, name, shortName, window], i) => {
  const sort = i + 1;
  return {
    code,
    name,
    shortName,
    orgCode: orgCodeFor(sort),
    window: {
      place: `${SERVICE_CENTRE}（太白大道）${window}`,
      hours: WINDOW_HOURS,
      phone: `023-7222${1000 + sort * 17}`,
    },
    complaintPhone: `023-7222${8000 + sort * 13}`,
    sort,
  };
});

const BY_CODE = new Map(departments.map((d) => [d.code, d]));

/** The department with this code; throws on an unknown code so a typo fails at import. */
export function department(code: string): SeedDepartment {
  const d = BY_CODE.get(code);
  if (!d) throw new Error(`unknown seed department code: ${code}`);
  return d;
}
