import { defineConfig } from 'vitest/config';
import { databaseProjects } from '@liancha/db/testing/vitest-projects';

export default defineConfig({ test: { projects: databaseProjects() } });
