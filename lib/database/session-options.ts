/**
 * Settings for every session the app opens. No JIT: its compilation costs a second or more on a
 * query whose plan looks dear (archive matching for a triage list), while every query here runs
 * in milliseconds without it. Benchmarks that replay the app's SQL open their sessions the same way.
 */
export const SESSION_OPTIONS = '-c jit=off';
