import { test, expect } from './support/fixtures';
import { dropImage } from './support/drop-image';

const config = `backend:
  name: git-gateway
media_folder: assets/images
collections:
  - name: blog
    label: Blog
    folder: _posts
    create: true
    fields:
      - { label: "Título", name: "title", widget: "string" }
      - { label: "Autor", name: "author", widget: "relation", collection: "authors", search_fields: ["name"], value_field: "name" }
      - { label: "Cuerpo", name: "body", widget: "markdown" }
`;

test('a Decap config.yml replaces the schema; other keys stay editable as raw YAML', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await expect(editor).toContainText('layout: post');

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Decap config.yml').setInputFiles({
    name: 'config.yml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(config),
  });
  await expect(dialog.getByRole('list', { name: 'Schema notices' })).toContainText('relation');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('textbox', { name: 'Título' })).toHaveValue(/^Encuentro Regional/);
  // Keys the schema does not name show exactly as written, quotes and all.
  await expect(page.getByRole('textbox', { name: 'intro', exact: true })).toHaveValue(
    '"Encuentro Regional de la Alianza para el Gobierno Abierto: Historias que contar desde Montevideo"',
  );
  const date = page.getByRole('textbox', { name: 'date', exact: true });
  await expect(date).toHaveValue('2016-06-03 12:00:00 -0300');
  await date.fill('2016-06-04 09:30:00 -0300');
  await date.blur();
  await expect(editor.locator('.cm-line', { hasText: /^date:/ })).toHaveText(
    'date:   2016-06-04 09:30:00 -0300',
  );

  // The choice is remembered, and the built-in schema can be brought back.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Título' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Use the built-in schema' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeVisible();
});

test('a dropped image goes to the media folder of the loaded Decap config', async ({ page }) => {
  await page.goto('/?lang=en');
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await expect(editor).toContainText('layout: post');
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Decap config.yml').setInputFiles({
    name: 'config.yml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(config.replace('media_folder: assets/images', 'media_folder: static/img')),
  });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('textbox', { name: 'Título' })).toBeVisible();
  await dropImage(page, 'Foto del encuentro.png');
  await expect(editor).toContainText('![Foto del encuentro](/static/img/foto-del-encuentro.png)');
});
