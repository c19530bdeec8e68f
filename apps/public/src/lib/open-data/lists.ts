import { CAMPAIGN_LIST } from './campaigns';
import { CAP_LIST } from './caps';
import { PUBLICATION_LIST } from './publications';

/** Every downloadable list with where its page and files are, for the data dictionary page. */
export const OPEN_LISTS = [
  { list: PUBLICATION_LIST, page: 'p', files: 'p/export' },
  { list: CAMPAIGN_LIST, page: 'campaigns', files: 'campaigns/export' },
  { list: CAP_LIST, page: 'caps', files: 'caps/export' },
] as const;
