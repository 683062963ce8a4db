import ExcelJS from 'exceljs';

export const ROSTER_HEADERS = ['姓名', '身份证号', '性别', '工号', '班组', '入会日期'];

/** An .xlsx roster as a union would keep it: a title row, the header row, one row per member. */
export async function rosterXlsx(rows: (string | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('会员花名册');
  sheet.addRow(['临江矿业集团有限公司工会会员花名册']);
  sheet.addRow(ROSTER_HEADERS);
  // ID numbers as text: a number cell would lose the last digits.
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
