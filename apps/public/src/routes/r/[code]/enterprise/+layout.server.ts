import { enterpriseSession } from '$lib/server/enterprise-session';
import type { LayoutServerLoad } from './$types';

/** 企业专区: the enterprise signed in with its activation code, if any (every page of the area shows it). */
export const load: LayoutServerLoad = (event) => enterpriseSession(event);
