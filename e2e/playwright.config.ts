import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './fixtures/chromium';
import { dataDir, root, services } from './fixtures/platform';

// The API starts on a freshly wiped embedded database and loads the demo region itself.
const webServer = services.map((service, index) => ({
  command: `${index === 0 ? `rm -rf '${dataDir}' && ` : ''}${service.command.join(' ')}`,
  cwd: root,
  url: service.health ?? service.url,
  env: { ...service.env, NODE_ENV: 'production' },
  reuseExistingServer: false,
  timeout: 180_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
}));

export default defineConfig({
  testDir: './specs',
  outputDir: './output/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['html', { outputFolder: './output/report', open: 'never' }]],
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer,
});
