import { DomainError } from '../errors.js';
import type { AnnouncementKind } from '../vocabulary/draw.js';
import { isCleanText } from './text-rules.js';

/**
 * The announced public value an `external` entropy source names (protocol §4.1.1): a lottery
 * draw (name, 期号) or a randomness beacon round (name, URL, round number), and the instant
 * after which it exists. Frozen in the commitment, so it is declared before the value exists.
 */
export interface EntropyAnnouncement {
  kind: AnnouncementKind;
  /** The lottery (e.g. 福彩3D) or the beacon (e.g. drand quicknet). */
  name: string;
  /** 期号 of the lottery draw, or the beacon's round number: decimal digits. */
  round: string;
  /** Where the value is published: required for a beacon, optional (null) for a lottery. */
  url: string | null;
  /** UTC instant `YYYY-MM-DDTHH:mm:ssZ` after which the value exists and may be entered. */
  availableAfter: string;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const ROUND = /^[0-9]{1,20}$/;
const URL_TEXT = /^https?:\/\/[^\s]+$/;
/** Lottery numbers as published: 1–2 digit numbers separated by single blanks; a second zone (双色球, 大乐透) after " + ". */
const LOTTERY_VALUE = /^[0-9]{1,2}( [0-9]{1,2})*( \+ [0-9]{1,2}( [0-9]{1,2})*)?$/;
/** A beacon output: lower-case hex, 16 to 512 bytes (drand: 32, NIST: 64). */
const BEACON_VALUE = /^([0-9a-f]{2}){16,512}$/;

/** An ISO instant of the form the protocol uses, that exists. */
export function isProtocolInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value.replace('Z', '.000Z');
}

/** Validate an announcement's shape; returns a copy with exactly the protocol's keys. Throws a Chinese DomainError naming the field. */
export function normaliseAnnouncement(value: unknown, label: string): EntropyAnnouncement {
  const bad = (detail: string) => new DomainError('bad_request', `随机数来源“${label}”的公告${detail}`, { reason: 'entropy_sources_invalid' });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('应为对象');
  const a = value as Record<string, unknown>;
  if (Object.keys(a).sort().join() !== 'availableAfter,kind,name,round,url') throw bad('应恰好含 kind、name、round、url、availableAfter 五项');
  if (a.kind !== 'lottery' && a.kind !== 'beacon') throw bad('类型应为彩票开奖号码（lottery）或公共随机信标（beacon）');
  if (!isCleanText(a.name, 100)) throw bad('缺少名称');
  if (typeof a.round !== 'string' || !ROUND.test(a.round)) throw bad(a.kind === 'lottery' ? '期号应为1–20位数字' : '轮次应为1–20位数字');
  if (a.url !== null && !(isCleanText(a.url, 300) && URL_TEXT.test(a.url))) throw bad('网址应以 http:// 或 https:// 开头');
  if (a.kind === 'beacon' && a.url === null) throw bad('缺少信标网址');
  if (!isProtocolInstant(a.availableAfter)) throw bad('的公布时间应为 YYYY-MM-DDTHH:mm:ssZ（UTC）');
  return { kind: a.kind, name: a.name, round: a.round, url: a.url, availableAfter: a.availableAfter };
}

/** Does `value` have the form the announced kind publishes? Lottery: the numbers as published; beacon: the output as hex. */
export function announcedValueFormatError(announcement: EntropyAnnouncement, value: string): string | null {
  if (announcement.kind === 'lottery') {
    return LOTTERY_VALUE.test(value) ? null : '应为公布的开奖号码：各号码以一个空格分隔（如“4 0 7”；有后区的写作“03 09 15 21 27 33 + 12”）';
  }
  return BEACON_VALUE.test(value) ? null : '应为信标公布的输出值：小写十六进制（32–1024位，偶数位）';
}

/** "YYYY-MM-DD HH:mm" in Beijing time (UTC+8, no daylight saving), as people read an announcement. */
export function beijingMinuteOf(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** What the value is, in one Chinese sentence, e.g. "福彩3D第2026335期开奖号码（2026-12-01 21:30 后公布）". */
export function announcementDescription(a: EntropyAnnouncement): string {
  const when = `${beijingMinuteOf(a.availableAfter)} 后公布`;
  return a.kind === 'lottery' ? `${a.name}第${a.round}期开奖号码（${when}）` : `${a.name}第${a.round}轮输出值（${a.url}，${when}）`;
}

/**
 * An announced value can be entered only after it exists: refuse before `availableAfter` (by the
 * server's clock), so nobody enters a guess or a value that was not yet public.
 */
export function announcedEntryRefusal(label: string, announcement: EntropyAnnouncement, now: Date): DomainError | null {
  if (now.getTime() > Date.parse(announcement.availableAfter)) return null;
  return new DomainError('precondition_failed', `“${label}”尚未公布：须在 ${beijingMinuteOf(announcement.availableAfter)}（北京时间）后才能录入`, {
    reason: 'announced_value_not_yet_public',
  });
}
