import type { PageServerLoad } from './$types';

interface Operation {
  summary: string;
  description: string;
  parameters: { name: string; in: string; required: boolean; description: string }[];
}

/** The read API's endpoints as its OpenAPI document lists them (made from the API's route table). */
export const load: PageServerLoad = async ({ locals, url, getClientAddress, setHeaders }) => {
  let endpoints: { path: string; summary: string; description: string; parameters: Operation['parameters'] }[] = [];
  let rate = '';
  try {
    const response = await fetch(`${locals.apiUrl}/public/v1/openapi.json`, { headers: { 'x-liancha-client-ip': getClientAddress() } });
    if (response.ok) {
      const doc = (await response.json()) as { info: { description: string }; paths: Record<string, { get: Operation }> };
      endpoints = Object.entries(doc.paths).map(([path, { get }]) => ({
        path,
        summary: get.summary,
        description: get.description,
        parameters: get.parameters,
      }));
      rate = /频率限制：[^（\n]*/.exec(doc.info.description)?.[0] ?? '';
    }
  } catch {
    // The page still explains the API; the list says it could not be loaded.
  }
  setHeaders({ 'cache-control': 'public, max-age=300' });
  return { endpoints, rate, origin: url.origin };
};
