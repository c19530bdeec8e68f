import { createMongoAbility, type ForcedSubject, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { Action } from './actions.js';
import type { SubjectType } from './subjects.js';

/**
 * The only condition shapes rules may use: equality and the comparison operators
 * the SQL translator understands. Keeping the type this narrow is what makes
 * accessibleBy total over every rule we write.
 */
export type Scalar = string | number | boolean;
export type FieldCondition =
  | Scalar
  | null
  | {
      $eq?: Scalar | null;
      $ne?: Scalar | null;
      $in?: readonly (Scalar | null)[];
      $nin?: readonly (Scalar | null)[];
      $lt?: Scalar;
      $lte?: Scalar;
      $gt?: Scalar;
      $gte?: Scalar;
    };
export type Conditions = Record<string, FieldCondition>;

export type AppSubject = SubjectType | ForcedSubject<SubjectType>;
export type AppAbility = MongoAbility<[Action, AppSubject]>;
export type AppRule = RawRuleOf<AppAbility>;

export function createAppAbility(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules);
}
