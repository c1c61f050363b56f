import { useEffect } from 'preact/hooks';

/** Keeps the screen on while the component is shown (a QR being scanned), where the browser allows it. */
export function useScreenWakeLock(): void {
  useEffect(() => {
    let lock: WakeLockSentinel | undefined;
    let isActive = true;
    const request = async () => {
      try {
        lock = await navigator.wakeLock?.request('screen');
        if (!isActive) void lock?.release();
      } catch {
        // Refused (battery saver, no user activation): the screen may dim, the code still works.
      }
    };
    // The lock is dropped when the page is hidden; take it again when it comes back.
    const onVisible = () => document.visibilityState === 'visible' && void request();
    void request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      isActive = false;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release();
    };
  }, []);
}
