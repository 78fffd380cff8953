import { useId } from 'react';

interface FieldFrameProps {
  label: string;
  error?: string;
  hint?: string;
  /** Keeps the label for screen readers only, for fields inside table rows and toolbars. */
  hideLabel?: boolean;
  className?: string;
  /** The control itself, given its id and the ids of its hint and error. */
  children: (control: { id: string; describedBy: string | undefined; invalid: true | undefined }) => React.ReactNode;
}

/** What every form field shares: its label, a hint, and an error announced and tied to the control. */
export function FieldFrame({ label, error, hint, hideLabel, className = '', children }: FieldFrameProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'text-sm font-medium text-slate-800'}>
        {label}
      </label>
      {children({ id, describedBy, invalid: error ? true : undefined })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
