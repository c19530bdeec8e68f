/** A list request whose "overdue only" switch becomes the repository's `overdueOn: today`. */
export function overdueAsOf<F extends { overdueOnly?: boolean }, R extends { filter: F }>(input: R, today: string) {
  const { overdueOnly, ...filter } = input.filter;
  return { ...input, filter: { ...filter, ...(overdueOnly ? { overdueOn: today } : {}) } };
}
