import { redirect, type RequestEvent } from '@sveltejs/kit';
import { FormReader } from './form-reader.js';
import { must, refusal } from './form-actions.js';
import type { PortalLocals } from './portal-handle.js';

const api = (event: RequestEvent) => (event.locals as unknown as PortalLocals).api;
const KEYSET = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|([0-9a-f-]{36})$/;

/** The unread count for a portal's header badge (0 when it cannot be had: the page still renders). */
export async function unreadNotifications(event: RequestEvent): Promise<number> {
  return (
    await api(event)
      .notifications.unread.query()
      .catch(() => ({ unread: 0 }))
  ).unread;
}

/**
 * The 通知 page every signed-in portal has: the caller's notifications, newest first, a page at a
 * time (`?before=` keyset); opening one marks it read and goes where it leads; or all at once.
 */
export const notificationPage = {
  async load(event: RequestEvent) {
    const before = KEYSET.exec(event.url.searchParams.get('before') ?? '');
    const page = await must(
      event,
      api(event).notifications.list.query({ limit: 30, ...(before ? { before: { createdAt: new Date(before[1]!), id: before[2]! } } : {}) }),
    );
    return {
      rows: page.rows,
      unread: page.unread,
      older: page.next ? `?before=${encodeURIComponent(`${page.next.createdAt.toISOString()}|${page.next.id}`)}` : null,
    };
  },
  actions: {
    open: async (event: RequestEvent) => {
      const form = await FormReader.of(event.request);
      let link: string;
      try {
        link = (await api(event).notifications.read.mutate({ id: form.text('id') })).link;
      } catch (cause) {
        return refusal(event, cause, {}, { form: 'notifications' });
      }
      // Only a path of this portal (the API stores paths): never an address elsewhere.
      redirect(303, link.startsWith('/') && !link.startsWith('//') ? link : '/notifications');
    },
    readAll: async (event: RequestEvent) => {
      try {
        await api(event).notifications.readAll.mutate();
      } catch (cause) {
        return refusal(event, cause, {}, { form: 'notifications' });
      }
      redirect(303, '/notifications');
    },
  },
};
