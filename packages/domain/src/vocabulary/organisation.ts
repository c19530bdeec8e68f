/** Levels of the administrative regions (national reference data). */
export const REGION_LEVELS = ['province', 'city', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Units inside an agency: 股室 (division), 中心 (center), 大队/中队 (team). */
export const UNIT_KINDS = ['division', 'center', 'team'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** What a login throttle counts failures against: an account name or a client address. */
export const LOGIN_KEY_KINDS = ['account', 'address'] as const;
export type LoginKeyKind = (typeof LOGIN_KEY_KINDS)[number];
