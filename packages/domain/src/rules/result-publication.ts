/**
 * 2020 seed plan: “抽查结果在检查结束之日起20个工作日内公示” — results are published within
 * this many working days of the check's end, counted on the official holiday calendar.
 */
export const RESULT_PUBLICATION_WORKING_DAYS = 20;
