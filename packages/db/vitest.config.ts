import { defineConfig } from 'vitest/config';
import { databaseProjects } from './src/testing/vitest-projects.js';

export default defineConfig({ test: { projects: databaseProjects() } });
