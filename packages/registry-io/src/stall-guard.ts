/**
 * Fail instead of waiting forever when an async source stops producing: exceljs's streaming
 * reader has been seen to wait on input that never comes for some damaged files, which
 * would hold a request and its memory indefinitely. The clock runs only while we wait.
 */
export async function* withStallGuard<T>(source: AsyncIterable<T>, stallMs: number, onStall: () => Error): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(onStall()), stallMs);
      });
      let next: IteratorResult<T>;
      try {
        next = await Promise.race([iterator.next(), stalled]);
      } finally {
        clearTimeout(timer);
      }
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // A stalled source would also stall return(), so it is not awaited.
    if (!finished) void iterator.return?.(undefined)?.catch(() => undefined);
  }
}
