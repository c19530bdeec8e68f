import { AGENCIES, DEMO_ACCOUNTS } from '@liancha/demo';
import { roleLabels } from '@liancha/domain';

/** The demo accounts as the launcher prints them (bundled to dist/demo-accounts.js). */
export const demoAccounts = DEMO_ACCOUNTS.map((account) => ({
  username: account.username,
  displayName: account.displayName,
  description: [AGENCIES.find((a) => a.code === account.agencyCode)?.name, roleLabels(account.roles)].filter(Boolean).join(' · '),
}));
