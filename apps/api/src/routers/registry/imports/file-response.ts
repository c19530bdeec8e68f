import { REGISTRY_KIND_LABELS, type RegistryKind } from '@liancha/domain';
import type { FileFormat } from '@liancha/registry-io';

const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' } as const;

/** A file carried through tRPC: base64 content with the name and type a portal serves it under. */
export function fileResponse(bytes: Uint8Array, kind: RegistryKind, format: FileFormat, label: string) {
  return { filename: `${REGISTRY_KIND_LABELS[kind]}${label}.${format}`, mimeType: MIME[format], contentBase64: Buffer.from(bytes).toString('base64') };
}
