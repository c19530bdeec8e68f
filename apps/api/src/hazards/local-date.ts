/**
 * Calendar dates as 'YYYY-MM-DD' strings, the form the database returns. Deadlines are
 * local (China Standard Time): "today" is `dateInShanghai(now)` (@liancha/domain), whatever
 * the server's zone. Such strings compare correctly with < and >.
 */
export type LocalDate = string;
