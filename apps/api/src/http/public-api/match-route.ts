import { PATH_PARAMS, type PathParamName } from './query-params.js';
import type { PublicRoute } from './route-table.js';

/** Where the read API lives on the API server. */
export const PUBLIC_API_BASE = '/public/v1';

interface CompiledRoute {
  route: PublicRoute;
  pattern: RegExp;
  names: PathParamName[];
}

/** The table's path templates as patterns: `{name}` is one path segment. */
export function compileRoutes(routes: readonly PublicRoute[]): CompiledRoute[] {
  return routes.map((route) => {
    const names: PathParamName[] = [];
    const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!Object.hasOwn(PATH_PARAMS, name)) throw new Error(`unknown path parameter {${name}} in ${route.path}`);
      names.push(name as PathParamName);
      return '([^/]+)';
    });
    return { route, pattern: new RegExp(`^${source}$`), names };
  });
}

/** The route a path under the base names, with its decoded path parameters; null: no such route. */
export function matchRoute(compiled: readonly CompiledRoute[], path: string): { route: PublicRoute; params: Record<string, string> } | null {
  for (const { route, pattern, names } of compiled) {
    const match = pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    for (const [i, name] of names.entries()) {
      try {
        params[name] = decodeURIComponent(match[i + 1]!);
      } catch {
        return null;
      }
    }
    return { route, params };
  }
  return null;
}
