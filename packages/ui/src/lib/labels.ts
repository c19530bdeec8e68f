import {
  CAMPAIGN_STATUS_LABELS,
  CASE_CHECK_STATUS_LABELS,
  CASE_TRIGGER_LABELS,
  CHECK_STATUS_LABELS,
  DRAW_STATUS_LABELS,
  FOLLOW_UP_STATUS_LABELS,
  HAZARD_SEVERITY_LABELS,
  HAZARD_STATUS_LABELS,
  INSPECTION_OUTCOME_LABELS,
  INSPECTOR_STATUS_LABELS,
  NOTE_STATUS_LABELS,
  OBJECT_STATUS_LABELS,
  PARTICIPANT_STATUS_LABELS,
  PLAN_STATUS_LABELS,
  PUBLICATION_KIND_LABELS,
  RECUSAL_STATUS_LABELS,
  RESULT_STATUS_LABELS,
  SANCTION_STATUS_LABELS,
  TASK_STATUS_LABELS,
  type CaseTrigger,
} from '@liancha/domain/vocabulary';
import { dateInShanghai } from '@liancha/domain';
import type { Tone } from './StatusBadge.svelte';
import * as tones from './tones.js';

/** A state's Chinese name (the domain's label table) and its badge tone (tones.ts), by code. */
export type Labelled = Record<string, { label: string; tone: Tone }>;

export function labelled<T extends string>(labels: Readonly<Record<T, string>>, tone: Readonly<Record<T, Tone>>): Labelled {
  return Object.fromEntries((Object.keys(labels) as T[]).map((code) => [code, { label: labels[code], tone: tone[code] }]));
}

export function labelOf(table: Labelled, code: string | null | undefined): string {
  if (!code) return '—';
  return Object.hasOwn(table, code) ? table[code]!.label : code;
}

export function toneOf(table: Labelled, code: string | null | undefined): Tone {
  return (code && Object.hasOwn(table, code) && table[code]!.tone) || 'neutral';
}

/** A state table as form options (value: code, label: Chinese name), in the table's order. */
export function stateOptions(table: Labelled): { value: string; label: string }[] {
  return Object.entries(table).map(([value, s]) => ({ value, label: s.label }));
}

/** The states the portals show as badges. */
export const PLAN_STATUS = labelled(PLAN_STATUS_LABELS, tones.PLAN_STATUS_TONES);
export const TASK_STATUS = labelled(TASK_STATUS_LABELS, tones.TASK_STATUS_TONES);
export const PARTICIPANT_STATUS = labelled(PARTICIPANT_STATUS_LABELS, tones.PARTICIPANT_STATUS_TONES);
export const DRAW_STATUS = labelled(DRAW_STATUS_LABELS, tones.DRAW_STATUS_TONES);
export const CHECK_STATUS = labelled(CHECK_STATUS_LABELS, tones.CHECK_STATUS_TONES);
export const RESULT_STATUS = labelled(RESULT_STATUS_LABELS, tones.RESULT_STATUS_TONES);
export const FOLLOW_UP_STATUS = labelled(FOLLOW_UP_STATUS_LABELS, tones.FOLLOW_UP_STATUS_TONES);
export const SANCTION_STATUS = labelled(SANCTION_STATUS_LABELS, tones.SANCTION_STATUS_TONES);
export const CASE_CHECK_STATUS = labelled(CASE_CHECK_STATUS_LABELS, tones.CASE_CHECK_STATUS_TONES);
export const CAMPAIGN_STATUS = labelled(CAMPAIGN_STATUS_LABELS, tones.CAMPAIGN_STATUS_TONES);

/** Why a check of the 个案检查 table takes place: its trigger, or the 专项检查 it belongs to. */
export function caseCheckGround(c: { trigger: CaseTrigger | null; campaignName?: string | null }): string {
  return c.trigger ? CASE_TRIGGER_LABELS[c.trigger] : `专项检查“${c.campaignName ?? ''}”`;
}
export const NOTE_STATUS = labelled(NOTE_STATUS_LABELS, tones.NOTE_STATUS_TONES);
export const OBJECT_STATUS = labelled(OBJECT_STATUS_LABELS, tones.OBJECT_STATUS_TONES);
export const INSPECTOR_STATUS = labelled(INSPECTOR_STATUS_LABELS, tones.INSPECTOR_STATUS_TONES);
export const HAZARD_STATUS = labelled(HAZARD_STATUS_LABELS, tones.HAZARD_STATUS_TONES);
export const HAZARD_SEVERITY = labelled(HAZARD_SEVERITY_LABELS, tones.HAZARD_SEVERITY_TONES);
export const INSPECTION_OUTCOME = labelled(INSPECTION_OUTCOME_LABELS, tones.INSPECTION_OUTCOME_TONES);
export const PUBLICATION_KIND = labelled(PUBLICATION_KIND_LABELS, tones.PUBLICATION_KIND_TONES);
export const RECUSAL_STATUS = labelled(RECUSAL_STATUS_LABELS, tones.RECUSAL_STATUS_TONES);

/** Beijing date and time, as every portal shows instants. */
export function dateTime(value: Date | string | null | undefined): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour12: false,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The date of a moment in Beijing ('YYYY-MM-DD'); a date string as it is. */
export function day(value: Date | string | null | undefined): string {
  if (!value) return '—';
  if (typeof value === 'string') return value.slice(0, 10);
  return dateInShanghai(value);
}

/** 812 字节, 36 KB, 2.4 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
