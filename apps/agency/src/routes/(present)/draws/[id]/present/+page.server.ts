import { loadDrawView } from '$lib/server/draw-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => loadDrawView(event, event.params.id, { teams: true });
