// First-load module: lets a screen draw what a reader needs first, and the rest once that is on screen.
import { useEffect, useState } from 'preact/hooks';

let hasPainted = false;

/**
 * False while the page's first screen is being drawn, true from the task after its first frame
 * (and at once for every screen after that). On a slow phone the first render is one long task:
 * what waits for this leaves it, and the hazards appear that much sooner.
 */
export function useAfterFirstPaint(): boolean {
  const [isPainted, setPainted] = useState(hasPainted);
  useEffect(() => {
    if (isPainted) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        hasPainted = true;
        setPainted(true);
      }),
    );
  }, []);
  return isPainted;
}
