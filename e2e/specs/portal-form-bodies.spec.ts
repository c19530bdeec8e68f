import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, urls } from '../fixtures/platform';

/**
 * Form actions answer a body that is not form data, or form data that cannot be read, with a
 * 4xx and a Chinese message, never a 500; the portal keeps serving afterwards.
 */
const BAD_BODIES: { name: string; headers: Record<string, string>; data: string | Buffer; status: number }[] = [
  { name: 'text/plain', headers: { 'content-type': 'text/plain' }, data: 'username=yjj.coord&password=x', status: 415 },
  { name: 'JSON', headers: { 'content-type': 'application/json' }, data: '{"username":"yjj.coord"}', status: 415 },
  { name: 'no content type', headers: {}, data: Buffer.from('username=yjj.coord'), status: 415 },
  { name: 'multipart without boundary', headers: { 'content-type': 'multipart/form-data' }, data: '--x\r\n', status: 400 },
  {
    name: 'truncated multipart',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    data: '--x\r\ncontent-disposition: form-data; name="username"\r\n\r\nyjj',
    status: 400,
  },
];

async function expectRefused(api: APIRequestContext, origin: string, path: string, accept = 'text/html') {
  for (const body of BAD_BODIES) {
    const response = await api.post(origin + path, { headers: { origin, accept, ...body.headers }, data: body.data, maxRedirects: 0 });
    const what = `${body.name} → ${origin}${path}`;
    expect(response.status(), what).toBe(body.status);
    expect(await response.text(), what).toMatch(body.status === 415 ? /不是表单数据/ : /表单数据无法读取/);
  }
}

test.describe('form actions refuse bodies that are not form data', () => {
  test('login, a logged-in action and the public portal: 4xx, never 500', async () => {
    const agency = await playwrightRequest.newContext();
    await expectRefused(agency, urls.agency, '/login');
    await expectRefused(agency, urls.agency, '/login', 'application/json'); // what use:enhance posts ask for
    const login = await agency.post(urls.agency + '/login', {
      headers: { origin: urls.agency, accept: 'text/html' },
      form: { username: 'yjj.coord', password: DEMO_PASSWORD },
      maxRedirects: 0,
    });
    expect(login.status()).toBe(303);
    await expectRefused(agency, urls.agency, '/registry/tags?/create');
    // Form data naming an action the page does not have, or the reserved name "default".
    for (const [path, status, message] of [
      ['/registry/tags?/default', 400, '请求的操作名称无效'],
      ['/registry/tags?/nope', 404, '页面不存在或您无权查看'],
      ['/registry/tags', 404, '页面不存在或您无权查看'],
    ] as const) {
      const response = await agency.post(urls.agency + path, { headers: { origin: urls.agency, accept: 'text/html' }, form: { name: 'x' }, maxRedirects: 0 });
      expect(response.status(), path).toBe(status);
      expect(await response.text(), path).toContain(message);
    }
    expect((await agency.get(urls.agency + '/registry/tags')).status()).toBe(200);

    const leadership = await playwrightRequest.newContext();
    await expectRefused(leadership, urls.leadership, '/login');
    expect((await leadership.get(urls.leadership + '/login')).status()).toBe(200);

    // The public portal has no form actions: a post is 405, whatever its body.
    const anyone = await playwrightRequest.newContext();
    const post = await anyone.post(urls.public + '/r/350881', { headers: { origin: urls.public, 'content-type': 'text/plain' }, data: 'x' });
    expect(post.status()).toBe(405);
    expect((await anyone.get(urls.public + '/r/350881')).status()).toBe(200);
    await Promise.all([agency.dispose(), leadership.dispose(), anyone.dispose()]);
  });
});
