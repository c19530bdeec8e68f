/** What the enterprise's own area offers, as the notice and the agency's slip tell the enterprise. */
export const ENTERPRISE_AREA_USES = '可查看你单位的检查记录；检查前可申请执法人员回避，检查后可评价检查或投诉';
