import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';

/** An SVG view box: x, y, width, height, in map metres. */
export type ViewBox = [number, number, number, number];

/** Pointer and wheel handlers for an <svg>, and the zoom steps the buttons use. */
export interface PanZoom {
  view: ViewBox;
  zoom: (factor: number) => void;
  reset: () => void;
  handlers: {
    onPointerDown: (event: PointerEvent) => void;
    onPointerMove: (event: PointerEvent) => void;
    onPointerUp: (event: PointerEvent) => void;
    onPointerCancel: (event: PointerEvent) => void;
    onWheel: (event: WheelEvent) => void;
  };
}

/**
 * Drag to pan, pinch or wheel to zoom, starting from `initialView`. A factor above 1 zooms out.
 * Buttons call `zoom` too: they are the keyboard's way to do what pinching does.
 */
export function usePanZoom(svg: RefObject<SVGSVGElement>, initialView: ViewBox): PanZoom {
  const [view, setView] = useState<ViewBox>(initialView);
  const pointers = useRef(new Map<number, { x: number; y: number }>());

  const unitsPerPixel = () => view[2] / (svg.current?.clientWidth || 1);
  const zoom = (factor: number) =>
    setView(([x, y, width, height]) => {
      const [ax, ay] = [x + width / 2, y + height / 2];
      return [ax - (ax - x) * factor, ay - (ay - y) * factor, width * factor, height * factor];
    });

  const onPointerMove = (event: PointerEvent) => {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    const others = [...pointers.current.entries()].filter(([id]) => id !== event.pointerId).map(([, point]) => point);
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (others.length === 0) {
      const scale = unitsPerPixel();
      setView(([x, y, width, height]) => [x - (event.clientX - previous.x) * scale, y - (event.clientY - previous.y) * scale, width, height]);
    } else {
      // Pinch: the ratio of finger spreads before and after this move is the zoom factor.
      const other = others[0]!;
      const before = Math.hypot(previous.x - other.x, previous.y - other.y);
      const after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
      if (before > 0 && after > 0) zoom(before / after);
    }
  };

  return {
    view,
    zoom,
    reset: () => setView(initialView),
    handlers: {
      onPointerDown: (event) => {
        (event.currentTarget as SVGSVGElement).setPointerCapture?.(event.pointerId);
        pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
      },
      onPointerMove,
      onPointerUp: (event) => pointers.current.delete(event.pointerId),
      onPointerCancel: (event) => pointers.current.delete(event.pointerId),
      onWheel: (event) => {
        event.preventDefault();
        zoom(event.deltaY > 0 ? 1.25 : 0.8);
      },
    },
  };
}
