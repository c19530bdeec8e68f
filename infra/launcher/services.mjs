// The processes that make up Liancha and how to start them; shared by the launcher and the e2e suite.
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Ports per service; `base` shifts all of them (e2e uses another block than local use). */
export function servicePorts(base = 0) {
  return { api: 4000 + base, agency: 3001 + base, leadership: 3002 + base, public: 3003 + base };
}

/**
 * @param {{ ports: ReturnType<typeof servicePorts>, dataDir: string, env?: Record<string, string | undefined> }} options
 */
export function serviceDefinitions({ ports, dataDir, env = {} }) {
  const apiUrl = `http://127.0.0.1:${ports.api}`;
  const portal = (name, title) => {
    // The portal listens on 127.0.0.1; a browser reaches it as localhost or as 127.0.0.1, and
    // form posts from both are its own (LIANCHA_ORIGINS), while ORIGIN names the first.
    const urls = [`http://localhost:${ports[name]}`, `http://127.0.0.1:${ports[name]}`];
    return {
      name,
      title,
      url: urls[0],
      urls,
      command: ['node', `apps/${name}/build/index.js`],
      // Registry imports (32 MiB) and attachments (10 MiB) post files through the agency portal.
      env: {
        PORT: String(ports[name]),
        HOST: '127.0.0.1',
        ORIGIN: urls[0],
        LIANCHA_ORIGINS: urls.slice(1).join(','),
        LIANCHA_API_URL: apiUrl,
        // Where the public portal is: the agency portal prints 检查码 links and QR codes to it.
        LIANCHA_PUBLIC_URL: `http://localhost:${ports.public}`,
        BODY_SIZE_LIMIT: '48M',
      },
    };
  };
  return [
    {
      name: 'api',
      title: 'API',
      url: apiUrl,
      health: `${apiUrl}/health`,
      command: ['node', 'apps/api/dist/server.js'],
      env: { API_PORT: String(ports.api), API_HOST: '127.0.0.1', LIANCHA_DATA_DIR: dataDir, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...env },
    },
    portal('agency', '部门工作门户'),
    portal('leadership', '领导小组门户'),
    portal('public', '信息公示门户'),
  ];
}
