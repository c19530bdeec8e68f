import type { RegistryKind } from '../types.js';
import type { RegistryTemplate } from './column.js';
import { inspectionItemTemplate } from './inspection-item-template.js';
import { inspectorTemplate } from './inspector-template.js';
import { objectTemplate } from './object-template.js';

const TEMPLATES: { [K in RegistryKind]: RegistryTemplate<K> } = {
  inspectionItem: inspectionItemTemplate,
  object: objectTemplate,
  inspector: inspectorTemplate,
};

export function templateFor<K extends RegistryKind>(kind: K): RegistryTemplate<K> {
  const template = TEMPLATES[kind] as RegistryTemplate<K> | undefined;
  if (!template) throw new TypeError(`unknown registry kind: ${String(kind)}`);
  return template;
}
