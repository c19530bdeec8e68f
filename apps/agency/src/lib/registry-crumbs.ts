/** The registry's libraries, by the folder of their pages. */
const LIBRARIES = { items: '随机抽查事项清单', objects: '检查对象名录库', inspectors: '执法检查人员名录库', imports: '批量导入' } as const;

/** The breadcrumbs above a registry page: 一单两库, then the library the page belongs to (if any). */
export function registryCrumbs(library?: keyof typeof LIBRARIES): { href: string; label: string }[] {
  const home = { href: '/registry', label: '一单两库' };
  return library ? [home, { href: `/registry/${library}`, label: LIBRARIES[library] }] : [home];
}
