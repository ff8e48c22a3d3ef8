import { describe, expect, test } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';
import { smartText } from './pipeline.ts';

/**
 * Markdown and the HTML kramdown prints for it: Debian's ruby-kramdown, the converter of
 * Jekyll 4.3.1 (`Kramdown::Document.new(line).to_html`), run once to write these down.
 */
const KRAMDOWN: [string, string][] = [
  [
    '"Hola" dijo... -- y --- fin. Don\'t \'cita\' "[enlace](http://x)" y `"code"` <b>"raw"</b>.',
    '<p>“Hola” dijo… – y — fin. Don’t ‘cita’ “<a href="http://x">enlace</a>” y <code>"code"</code> <b>“raw”</b>.</p>',
  ],
  ["\"Empieza\" al 'inicio' de los '90s.", '<p>“Empieza” al ‘inicio’ de los ’90s.</p>'],
  ["manipulação da \"grande mídia'', da velha", '<p>manipulação da “grande mídia’’, da velha</p>'],
  [
    'El "*énfasis*" y \'**fuerte**\' y "_otro_".',
    '<p>El “<em>énfasis</em>” y ‘<strong>fuerte</strong>’ y “<em>otro</em>”.</p>',
  ],
  [
    'Dijo: "\'Citado\' en otra". Y \'"al revés" dentro\'.',
    '<p>Dijo: “‘Citado’ en otra”. Y ‘“al revés” dentro’.</p>',
  ],
  [
    '("entre paréntesis") y [\'corchetes\'] y {"llaves"}.',
    '<p>(“entre paréntesis”) y [‘corchetes’] y {“llaves”}.</p>',
  ],
  ["\"ácido\" y 'única' al final 'ñandú'.", '<p>“ácido” y ‘única’ al final ‘ñandú’.</p>'],
  [
    "Custer's Last Stand y los 80's y rock 'n' roll.",
    '<p>Custer’s Last Stand y los 80’s y rock ‘n’ roll.</p>',
  ],
  [
    '"Pregunta?" y "exclamación!" y \'coma\', y "punto".',
    '<p>“Pregunta?” y “exclamación!” y ‘coma’, y “punto”.</p>',
  ],
  [
    'Una cita "con [un enlace](http://x) dentro" y fin.',
    '<p>Una cita “con <a href="http://x">un enlace</a> dentro” y fin.</p>',
  ],
  ['<< comillas >> y fin.', '<p>«\u00a0comillas\u00a0» y fin.</p>'],
  [
    'Texto con -- guion y --- raya y ... puntos y .... cuatro.',
    '<p>Texto con – guion y — raya y … puntos y …. cuatro.</p>',
  ],
  ['Rango 1990--2000 y 1--2.', '<p>Rango 1990–2000 y 1–2.</p>'],
  ['"Al final de línea"', '<p>“Al final de línea”</p>'],
  ["'", '<p>’</p>'],
  ['"', '<p>”</p>'],
  ['El "slash/" y "tab"\ty "x"y.', '<p>El “slash/” y “tab”\ty “x”y.</p>'],
];

describe("kramdown's typography", () => {
  test.each(KRAMDOWN)('%s', (markdown, html) => {
    const ours = renderMarkdown(markdown, { wrapBlocks: false }).trim();
    // Pluma writes a tab and a no-break space as they are; so does kramdown.
    expect(ours).toBe(html);
  });

  test('smartify keeps HTML tags as written and curls the quotes around them', () => {
    expect(smartText('Dijo "<a href="x">hola</a>" -- y...')).toBe(
      'Dijo “<a href="x">hola</a>” – y…',
    );
  });
});
