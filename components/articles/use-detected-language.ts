'use client';

import { useEffect, useState } from 'react';
const PAUSE_MS = 400;
/** Goes in a query string: 1,000 characters stay below servers' header limits in any script. */
const SAMPLE_LENGTH = 1000;

/**
 * The language the server detects in the start of `text`, asked again once the person pauses
 * typing; null while there is no text or no answer yet.
 */
export function useDetectedLanguage(text: string): string | null {
  const sample = text.trim() ? text.slice(0, SAMPLE_LENGTH) : '';
  const [detected, setDetected] = useState<{ sample: string; language: string } | null>(null);
  useEffect(() => {
    if (!sample) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/articles/language?${new URLSearchParams({ sample })}`, { signal: controller.signal });
        if (response.ok) setDetected({ sample, language: ((await response.json()) as { language: string }).language });
      } catch {
        // Typing on or offline: the next pause asks again, and saving detects anyway.
      }
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [sample]);
  return sample && detected ? detected.language : null;
}
