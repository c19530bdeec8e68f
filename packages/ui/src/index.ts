export { default as AppShell } from './lib/AppShell.svelte';
export { default as LoginPanel } from './lib/LoginPanel.svelte';
export { ROLE_LABELS, roleLabels } from '@liancha/domain';
