import { comparisonKey } from './normalise-text.js';
import type { Gender, InspectorStatus, ItemCategory, ObjectStatus, RiskClass } from './types.js';

/**
 * The words a cell may use for each enumerated field. The first word of each value is
 * what export writes, so an export re-imports to the same value. Documented in README.md.
 */
export interface Vocabulary<V extends string> {
  /** What the field is called in messages. */
  label: string;
  words: Readonly<Record<V, readonly string[]>>;
}

/**
 * 风险等级: the A–D credit-risk classes (SAMR: A 低, B 一般, C 较高, D 高) and the work-safety
 * four-colour scale (蓝 低, 黄 一般, 橙 较大, 红 重大), mapped onto one another by level.
 */
export const RISK_CLASS: Vocabulary<RiskClass> = {
  label: '风险等级',
  words: {
    A: ['A', 'A类', 'A级', '低风险', '低', '蓝', '蓝色', '蓝色风险'],
    B: ['B', 'B类', 'B级', '一般风险', '一般', '黄', '黄色', '黄色风险'],
    C: ['C', 'C类', 'C级', '较高风险', '较大风险', '较高', '橙', '橙色', '橙色风险'],
    D: ['D', 'D类', 'D级', '高风险', '重大风险', '高', '红', '红色', '红色风险'],
  },
};

/** 重点/一般 of an object; 是/否 serves a “是否重点” column. */
export const SUPERVISION_CATEGORY: Vocabulary<ItemCategory> = {
  label: '重点/一般',
  words: { general: ['一般', '一般监管', '一般企业', '一般对象', '否', 'general'], key: ['重点', '重点监管', '重点企业', '重点对象', '是', 'key'] },
};

export const ITEM_CATEGORY: Vocabulary<ItemCategory> = {
  label: '事项类别',
  words: { general: ['一般', '一般检查事项', '一般事项', '一般抽查事项', 'general'], key: ['重点', '重点检查事项', '重点事项', '重点抽查事项', 'key'] },
};

export const OBJECT_STATUS: Vocabulary<ObjectStatus> = {
  label: '经营状态',
  words: {
    operating: ['在营', '正常', '营业', '在业', '存续', '开业', '生产', '正常生产', 'operating'],
    suspended: ['停产', '停业', '歇业', '停产停业', '停产整顿', '停产整改', 'suspended'],
    closed: ['关闭', '关停', '已关闭', '注销', '吊销', '已注销', 'closed'],
  },
};

export const INSPECTOR_STATUS: Vocabulary<InspectorStatus> = {
  label: '执法人员状态',
  words: {
    on_duty: ['在岗', '在职', '正常', '在编在岗', 'on_duty'],
    on_leave: ['休假', '请假', '病假', '产假', '离岗', 'on_leave'],
    transferred: ['调离', '调出', '离职', '退休', '已调离', 'transferred'],
  },
};

export const GENDER: Vocabulary<Gender> = { label: '性别', words: { male: ['男', '男性', 'M', 'male'], female: ['女', '女性', 'F', 'female'] } };

export const YES_NO: Vocabulary<'yes' | 'no'> = {
  label: '是/否',
  words: { yes: ['是', 'Y', 'yes', 'true', '1', '√', '✓', '✔'], no: ['否', 'N', 'no', 'false', '0', '×', '✗', '✘'] },
};

const lookups = new WeakMap<Vocabulary<string>, Map<string, string>>();

/** The value a word names, or undefined. */
export function lookupWord<V extends string>(vocabulary: Vocabulary<V>, text: string): V | undefined {
  let map = lookups.get(vocabulary);
  if (!map) {
    map = new Map();
    for (const [value, words] of Object.entries(vocabulary.words) as [V, readonly string[]][]) {
      for (const word of words) map.set(comparisonKey(word), value);
    }
    lookups.set(vocabulary, map);
  }
  return (map.get(text) ?? map.get(comparisonKey(text))) as V | undefined;
}

/** The word export writes for a value. */
export function wordFor<V extends string>(vocabulary: Vocabulary<V>, value: V): string {
  return vocabulary.words[value][0] ?? value;
}

/** The allowed words shown in messages and the template guide: the first word of each value. */
export function allowedWords<V extends string>(vocabulary: Vocabulary<V>): string[] {
  return (Object.values(vocabulary.words) as readonly string[][]).map((words) => words[0] ?? '');
}
