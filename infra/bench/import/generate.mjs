// Writes a roster of N valid rows as XLSX with exceljs's streaming writer (flat memory), the way
// Excel saves one: shared strings, a title row above the header, dates as real date cells or text.
// Usage: node generate.mjs <out.xlsx> <rows>     (run by bench.mjs in a child process)
import ExcelJS from 'exceljs';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
function nationalId(region, birth, seq) {
  const body = `${region}${birth}${String(seq).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * WEIGHTS[i];
  return body + CHECK[sum % 11];
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧巧美玲桂兰霞平刚辉鹏飞斌宇浩凯健俊帆鑫波宁坤峰建国志红梅琳晨雪婷倩颖佳欣悦';
const WORKSHOPS = ['一车间', '二车间', '三车间', '四车间', '五车间'];
const TEAMS = ['甲班', '乙班', '丙班', '丁班'];
const JOBS = ['采煤工', '掘进工', '机电维修工', '运输工', '通风工', '安全检查工'];
const SHIFTS = ['三班倒', '四班三运转', '常白班'];
const TITLES = ['班长', '副班长', '组员', '组员', '组员', '组员'];

/** A small deterministic PRNG, so every run writes the same file. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const TEAM_PATHS = WORKSHOPS.flatMap((w) => TEAMS.map((t) => [w, t]));

export async function generate(out, rows) {
  const random = rng(20260101);
  const pick = (s) => s[Math.floor(random() * s.length)];
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: out,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet('会员花名册');
  ws.addRow(['临江矿业集团有限公司工会会员花名册']).commit();
  ws.addRow([
    '序号',
    '姓名',
    '性别',
    '身份证号码',
    '手机号码',
    '工号',
    '所在班组',
    '入会时间',
    '岗位',
    '工种',
    '班制',
    '农民工',
  ]).commit();
  const day0 = Date.UTC(1966, 0, 1);
  for (let i = 0; i < rows; i++) {
    const birth = new Date(day0 + (i % 14_000) * 86_400_000);
    const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '');
    const seq = Math.floor(i / 14_000) * 2 + (random() < 0.5 ? 1 : 2);
    const id = nationalId('330102', ymd, seq);
    const [w, t] = TEAM_PATHS[i % TEAM_PATHS.length];
    const joinYear = Math.max(Number(ymd.slice(0, 4)) + 18, 1990) + (i % 20);
    const joinYearClamped = Math.min(joinYear, 2024);
    const m = 1 + (i % 12);
    const d = 1 + (i % 28);
    // A third each: a real date cell, 2019/3/5, 2019年3月5日.
    const joined =
      i % 3 === 0
        ? new Date(Date.UTC(joinYearClamped, m - 1, d))
        : i % 3 === 1
          ? `${joinYearClamped}/${m}/${d}`
          : `${joinYearClamped}年${m}月${d}日`;
    const row = ws.addRow([
      i + 1,
      pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : ''),
      Number(id[16]) % 2 === 1 ? '男' : '女',
      id,
      `13${String(100_000_000 + i).slice(-9)}`,
      `E${String(i + 1).padStart(6, '0')}`,
      `${w}/${t}`,
      joined,
      pick(TITLES),
      pick(JOBS),
      pick(SHIFTS),
      random() < 0.3 ? '是' : '否',
    ]);
    if (joined instanceof Date) row.getCell(8).numFmt = 'yyyy/m/d';
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [out, rows] = process.argv.slice(2);
  await generate(out, Number(rows));
}
