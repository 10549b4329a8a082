import type { applicantCaseZhCN } from './applicantCase.zh-CN.js';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English texts of form validation, the applicant's case page, its receipt and draft deletion. */
export const applicantCaseEn: Shape<typeof applicantCaseZhCN> & { validation: { summaryTitle_one: string; summaryTitle_other: string } } = {
  validation: {
    choose: 'Choose…',
    summaryTitle: 'There are {{count}} things to correct before you submit:',
    summaryTitle_one: 'There is 1 thing to correct before you submit:',
    summaryTitle_other: 'There are {{count}} things to correct before you submit:',
    missingMaterial: 'Upload {{name}}',
  },
  case: {
    queryCode: 'Query code',
    queryCodeHint: 'With the receipt number and query code anyone can follow the case without signing in',
    submittedOn: 'Submitted on',
    receipt: 'View / print receipt',
    answersTitle: 'The form I submitted',
    filesTitle: 'The files I submitted',
    noApplication: 'This case was registered at the window; there is no online form.',
    notProvided: 'Not provided',
  },
  timeline: {
    applicant: 'Applicant',
    staff: 'Staff of {{department}}',
    staffNoDepartment: 'Staff',
    system: 'System',
  },
  receipt: {
    title: 'Application receipt',
    documentTitle: 'Receipt {{receiptNo}}',
    item: 'Service',
    department: 'Department',
    applicant: 'Applicant',
    submittedOn: 'Submitted on',
    status: 'Status',
    materials: 'Materials received',
    materialLine: '{{name}} ({{count}} file(s))',
    noMaterials: 'None online (registered at the window; the window’s intake counts)',
    qr: 'Scan to follow the case',
    keep: 'Keep this receipt. With the receipt number and query code you can follow the case on the progress lookup page or by scanning the QR code.',
    print: 'Print receipt',
    back: 'Back to the case',
    issuer: 'Fuling District Online Administrative Approval Platform',
    notFound: 'No receipt found for this case',
  },
  drafts: {
    delete: 'Delete',
    deleteConfirm: 'Delete the draft of “{{item}}”? What you filled in and the files you uploaded are deleted too; this cannot be undone.',
    deleted: 'Draft deleted',
    deleteFailed: 'The draft could not be deleted',
  },
};
