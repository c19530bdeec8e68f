import type { PortalLocals } from '@liancha/api-client/sveltekit';

declare global {
  namespace App {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Locals extends PortalLocals {}
  }
}

export {};
