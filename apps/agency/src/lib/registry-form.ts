import { typedField, type RefusalData } from '@liancha/ui';

/** What each registry form (inspector, object, item) is given besides its choices. */
export interface RegistryFormProps<Stored> {
  refused: RefusalData | null;
  /** The record being edited; none when adding one. */
  stored?: Stored | null;
  action?: string;
  submitLabel: string;
}

/** A field named like the stored record's column: its name, the value typed before a refusal (else the stored one) and its error. */
export function storedField<Stored>(refused: RefusalData | null, stored: Stored | null, name: keyof Stored & string) {
  return typedField(refused, name, stored?.[name]);
}
