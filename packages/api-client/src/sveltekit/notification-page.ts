import { redirect, type RequestEvent } from '@sveltejs/kit';
import { FormReader } from './form-reader.js';
import { must, refusal } from './form-actions.js';
import type { PortalLocals } from './portal-handle.js';

const api = (event: RequestEvent) => (event.locals as unknown as PortalLocals).api;
const KEYSET = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|([0-9a-f-]{36})$/;

/**
 * The 通知 page every signed-in portal has: the caller's notifications, newest first, a page at a
 * time (`?before=` keyset); opening one marks it read and goes where it leads; or all at once.
 */
export const notificationPage = {
  async load(event: RequestEvent) {
    const before = KEYSET.exec(event.url.searchParams.get('before') ?? '');
    const [page, email] = await Promise.all([
      must(event, api(event).notifications.list.query({ limit: 30, ...(before ? { before: { createdAt: new Date(before[1]!), id: before[2]! } } : {}) })),
      must(event, api(event).users.ownEmail.query()),
    ]);
    return {
      rows: page.rows,
      unread: page.unread,
      email,
      saved: event.url.searchParams.get('saved') === 'email',
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
    /** The user's own address for notification e-mail (empty: none). */
    email: async (event: RequestEvent) => {
      const form = await FormReader.of(event.request);
      try {
        await api(event).users.setOwnEmail.mutate({ email: form.text('email') });
      } catch (cause) {
        return refusal(event, cause, form.values(), { form: 'email', fields: ['email'] });
      }
      redirect(303, '/notifications?saved=email');
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
