import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  hideLabel?: boolean;
}

export function TextareaField({ label, name, error, hint, hideLabel, className, ...props }: TextareaFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} hideLabel={hideLabel} className={className}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className="min-h-20 rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-600"
          {...props}
        />
      )}
    </FieldFrame>
  );
}
