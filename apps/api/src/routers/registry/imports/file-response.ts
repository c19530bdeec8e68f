import type { RegistryKind } from '@liancha/db';

const NAMES: Record<RegistryKind, string> = { inspectionItem: '随机抽查事项清单', object: '检查对象名录库', inspector: '执法检查人员名录库' };
const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' } as const;

/** A file carried through tRPC: base64 content with the name and type a portal serves it under. */
export function fileResponse(bytes: Uint8Array, kind: RegistryKind, format: 'xlsx' | 'csv', label: string) {
  return {
    filename: `${NAMES[kind]}${label}.${format}`,
    mimeType: MIME[format],
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}
