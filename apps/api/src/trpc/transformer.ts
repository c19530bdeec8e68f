import type { CombinedDataTransformer } from '@trpc/server';
import superjson from 'superjson';
import { DomainError } from '@liancha/domain';
import { MAX_INPUT_DEPTH } from '../http/limits.js';

/**
 * superjson both ways, except that an input arriving over HTTP is measured before superjson
 * walks it: superjson recurses (and copies the path at every level) through `json` and `meta`,
 * so a deeply nested input used to end in "Maximum call stack size exceeded" after seconds of CPU.
 */
export const transformer: CombinedDataTransformer = {
  input: {
    serialize: (value) => superjson.serialize(value),
    deserialize: (value) => {
      if (depthOf(value, MAX_INPUT_DEPTH) > MAX_INPUT_DEPTH) {
        throw new DomainError('bad_request', `输入的嵌套层级超过${MAX_INPUT_DEPTH}层，无法处理`, { reason: 'input.too_deep' });
      }
      return superjson.deserialize(value as Parameters<typeof superjson.deserialize>[0]);
    },
  },
  output: {
    serialize: (value) => superjson.serialize(value),
    deserialize: (value) => superjson.deserialize(value as Parameters<typeof superjson.deserialize>[0]),
  },
};

/** Nesting depth of parsed JSON, without recursion; stops counting once past `limit`. */
export function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, level]);
  }
  return deepest;
}
