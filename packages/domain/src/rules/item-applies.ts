/**
 * 2020 seed plan: “综合考虑检查对象行业、领域、种类等，对检查对象进行分类标注…实现对检查对象的精准抽取”
 * and the item list's 适用行业领域 column (issue 12, §2): an inspection item applies to an object when its applicable sectors are empty (every sector), name
 * the object's 行业领域, or name its 细分行业 (a sub-sector code, `sector.sub`, applies to that
 * sub-sector only). A check asks only for the task's items that apply to its object, so a 建材
 * company is not asked about 非煤矿山 or 加油机计量 items.
 */
export function itemAppliesTo(applicableSectors: readonly string[], sectorCode: string, subSectorCode: string | null): boolean {
  if (applicableSectors.length === 0) return true;
  return applicableSectors.some((code) => code === sectorCode || (subSectorCode !== null && code === subSectorCode));
}

/** The items of `items` that apply to an object of this sector and sub-sector, in their order. */
export function applicableItems<T extends { applicableSectors: readonly string[] }>(
  items: readonly T[],
  sectorCode: string,
  subSectorCode: string | null,
): T[] {
  return items.filter((item) => itemAppliesTo(item.applicableSectors, sectorCode, subSectorCode));
}
