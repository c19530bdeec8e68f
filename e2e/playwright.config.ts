import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './fixtures/chromium';
import { join } from 'node:path';
import { databaseUrl, dataDir, outputDir, root, services } from './fixtures/platform';

// The API starts on a freshly wiped database (embedded, or PostgreSQL recreated) and loads the demo region itself.
const fresh = `rm -rf '${dataDir}' && ${databaseUrl ? 'node e2e/fixtures/reset-database.mjs && ' : ''}`;
const webServer = services.map((service, index) => ({
  command: `${index === 0 ? fresh : ''}${service.command.join(' ')}`,
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
  outputDir: join(outputDir, 'test-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['html', { outputFolder: join(outputDir, 'report'), open: 'never' }]],
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    // A trace costs about a tenth of each spec's time; CI keeps only the log, so it records none there.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer,
});
