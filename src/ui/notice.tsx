// First-load module: the boxed notices of the shell (stale data, storage problems).
import type { ComponentChildren } from 'preact';

/** A boxed message; `alert` is announced by screen readers as soon as it appears. */
export function Notice({ tone, children, role }: { tone: 'info' | 'warning' | 'danger'; children: ComponentChildren; role?: 'alert' | 'status' }) {
  return (
    <div class={`notice notice--${tone}`} role={role}>
      {children}
    </div>
  );
}
