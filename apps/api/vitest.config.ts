import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { databaseProjects } from '@liancha/db/testing/vitest-projects';

const demoTemplate = fileURLToPath(new URL('./src/testing/global-setup-demo.ts', import.meta.url));

export default defineConfig({ test: { projects: databaseProjects({ seededTemplates: [demoTemplate] }) } });
