import type { Page } from '@playwright/test';

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Drops `bytes` as image file `name` at the end of the editor's last line, as a person dragging
 * a file from their desktop would (a real DragEvent with a DataTransfer holding the file).
 */
export async function dropImage(page: Page, name: string, bytes: Buffer = PNG): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  const line = editor.locator('.cm-line').last();
  await line.click();
  const box = (await line.boundingBox())!;
  await editor.evaluate(
    (target, { fileName, data, x, y }) => {
      const file = new File([new Uint8Array(data)], fileName, { type: 'image/png' });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      target.dispatchEvent(
        new DragEvent('drop', {
          dataTransfer: transfer,
          clientX: x,
          clientY: y,
          bubbles: true,
          cancelable: true,
        }),
      );
    },
    { fileName: name, data: [...bytes], x: box.x + box.width - 2, y: box.y + box.height / 2 },
  );
}
