// The names the assessment and plan forms use for native date and select controls; the controls
// themselves are the shared ones in ui/NativeField (label, server error under the control, tied
// with aria-describedby), so every case-work form behaves the same.
import { NativeDateField, NativeSelectField as SharedNativeSelectField } from '../ui/NativeField';

interface NativeFieldProps {
  label: string;
  name: string;
  required?: boolean;
  description?: string;
}

export function DateField({ required, ...props }: NativeFieldProps & { value: string; onChange: (value: string) => void; min?: string; max?: string }) {
  return <NativeDateField {...props} isRequired={required} />;
}

export function NativeSelectField({ required, ...props }: NativeFieldProps & { value: string; onChange: (value: string) => void; options: readonly { value: string; label: string }[]; placeholder?: string }) {
  return <SharedNativeSelectField {...props} isRequired={required} />;
}
