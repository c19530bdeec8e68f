import { generateDemoRegion, loadDemoRegion } from '@liancha/demo';
import { provideSeededTemplate } from '@liancha/db/testing';
import type { TestProject } from 'vitest/node';

/**
 * Load the 漳平 demo region (513 objects) once per run into a template; test files take
 * copies with createTestDb({ template: 'demo' }). Passwords are not hashed (a bcrypt-style
 * hash per account would cost seconds): tests log in with sessionTokenFor.
 */
export default function setup(project: TestProject) {
  return provideSeededTemplate(project, 'demo', async (db) => {
    await loadDemoRegion(db, generateDemoRegion(), { hashPassword: async (p) => `test$${p}`, password: 'unused-in-tests' });
  });
}
