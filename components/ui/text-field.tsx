import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  hideLabel?: boolean;
}

/** A labelled input whose error is announced and tied to it for screen readers. */
export function TextField({ label, name, error, hint, hideLabel, className, ...props }: TextFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} hideLabel={hideLabel} className={className}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-600"
          {...props}
        />
      )}
    </FieldFrame>
  );
}
