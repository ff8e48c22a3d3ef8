/** Dropping files anywhere on the app to import them. */
import { useCallback, useRef, useState } from 'react';
import type { DragEvent } from 'react';

/** Props to spread on the drop zone's element, and whether files are being dragged over it. */
export interface FileDrop {
  dragging: boolean;
  dropProps: {
    onDragEnter: (event: DragEvent) => void;
    onDragOver: (event: DragEvent) => void;
    onDragLeave: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
}

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * Returns drop-zone props that call `onFiles` with the files dropped on the element. A drop
 * already handled below (the editor storing an image calls preventDefault) is left alone, and
 * drags without files (text, links) are not touched.
 */
export function useFileDrop(onFiles: (files: File[]) => void): FileDrop {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const onDragEnter = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth.current++;
    setDragging(true);
  }, []);
  const onDragOver = useCallback((event: DragEvent) => {
    // Without preventDefault the browser would open the file instead of letting us take it.
    if (carriesFiles(event) && !event.defaultPrevented) event.preventDefault();
  }, []);
  const onDragLeave = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      depth.current = 0;
      setDragging(false);
      if (event.defaultPrevented || !carriesFiles(event)) return;
      event.preventDefault();
      const files = [...event.dataTransfer.files];
      if (files.length) onFiles(files);
    },
    [onFiles],
  );
  return { dragging, dropProps: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}
