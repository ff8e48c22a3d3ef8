import { useRef } from 'react';

interface PaneSeparatorProps {
  label: string;
  /** The current value, shown to assistive technology as a percentage of `max`. */
  value: number;
  min: number;
  max: number;
  /** Called with the pointer's horizontal movement in pixels since the drag began. */
  onDrag: (dx: number, start: number) => void;
  /** Called with -1 or +1 when arrow keys move the separator. */
  onStep: (direction: -1 | 1) => void;
}

/** Returns a draggable, keyboard-movable vertical separator between two panes. */
export function PaneSeparator({ label, value, min, max, onDrag, onStep }: PaneSeparatorProps) {
  const start = useRef<{ x: number; value: number } | null>(null);
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={Math.round(value)}
      tabIndex={0}
      className="pane-separator"
      onPointerDown={(e) => {
        start.current = { x: e.clientX, value };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (start.current) onDrag(e.clientX - start.current.x, start.current.value);
      }}
      onPointerUp={() => {
        start.current = null;
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
          e.preventDefault();
          onStep(e.key === 'ArrowLeft' ? -1 : 1);
        }
      }}
    />
  );
}
