import type { Role } from '@liancha/db';

/** One joint task the actor's agency takes part in (invited or confirmed, never declined). */
export interface JointTaskMembership {
  taskId: string;
  /** The agency taking part; must be the actor's own agency (other entries are ignored). */
  agencyId: string;
  role: 'lead' | 'partner';
}

/** A logged-in user, as the API builds it per request from the session and the database. */
export interface UserActor {
  kind: 'user';
  userId: string;
  regionCode: string;
  agencyId: string | null;
  unitId: string | null;
  roles: Role[];
  /** The inspector row linked to this user (inspector.user_id), if any. */
  inspectorId: string | null;
  jointTasks: JointTaskMembership[];
}

/** Anyone without a session: the public portal. */
export interface PublicActor {
  kind: 'public';
}

export type Actor = UserActor | PublicActor;

export const publicActor: PublicActor = Object.freeze({ kind: 'public' });
