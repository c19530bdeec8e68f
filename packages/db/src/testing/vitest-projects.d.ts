import type { TestProjectInlineConfiguration } from 'vitest/config';

export declare function databaseProjects(options?: { testTimeout?: number; seededTemplates?: string[] }): TestProjectInlineConfiguration[];
