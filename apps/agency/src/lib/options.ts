/** Form options built from the directory and the tag lists the API gives (code → name). */
type Names = Readonly<Record<string, string>>;

/** The main sectors (codes without a dot; sub-sectors are `main.sub`). */
export const mainSectorOptions = (sectors: Names) =>
  Object.entries(sectors)
    .filter(([code]) => !code.includes('.'))
    .map(([value, label]) => ({ value, label }));

/** Townships in code order, each named by `label` (its name, by default). */
export const townshipOptions = (townships: Names, label = (name: string, _code: string) => name) =>
  Object.entries(townships)
    .sort()
    .map(([value, name]) => ({ value, label: label(name, value) }));

/** Tags (an expertise, an object tag) by their code. */
export const tagOptions = (tags: readonly { code: string; name: string }[]) => tags.map((t) => ({ value: t.code, label: t.name }));
