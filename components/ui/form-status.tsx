interface FormStatusProps {
  tone: 'error' | 'success';
  message: string;
}

/** A form's overall outcome, announced to screen readers as it appears. */
export function FormStatus({ tone, message }: FormStatusProps) {
  const colours = tone === 'error' ? 'border-red-300 bg-red-50 text-red-800' : 'border-green-300 bg-green-50 text-green-800';
  return (
    <p role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border px-3 py-2 text-sm ${colours}`}>
      {message}
    </p>
  );
}
