import { z } from 'zod';

export const ZRegionCode = z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字');
export const ZRegionOverviewRequest = z.object({ regionCode: ZRegionCode });
