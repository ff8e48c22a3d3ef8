/**
 * English texts for broken front matter: the YAML problems in words a writer understands (keyed
 * by the codes of `explainProblems` and `PostError`), the locked fields and the quote fix. Part
 * of `en` (see messages-en.ts).
 */
export const enYaml = {
  'yaml.QUOTES_INSIDE':
    'The value of “{detail}” has quotes inside quotes, so it ends at the second quote and the ' +
    'rest is misread. Use the other kind of quotes around it, or “Fix quotes”.',
  'yaml.UNCLOSED_QUOTE':
    'A quote opened here is never closed, or the text goes on in a line that is not indented. ' +
    'Close the quote on this line, or indent the lines that follow.',
  'yaml.MISSING_COLON':
    'This line is not “key: value”: a “:” is missing, or the text belongs to the line above ' +
    '(indent it).',
  'yaml.FLOW_VALUE':
    'This value starts with { or [, which YAML reads as a group or a list (Liquid such as ' +
    '{{ site.baseurl }} too). Put the whole value in quotes.',
  'yaml.BLOCK_AS_IMPLICIT_KEY':
    'A value here holds “: ” (colon and space), which YAML reads as a new key. Put the whole ' +
    'value in quotes.',
  'yaml.MULTILINE_IMPLICIT_KEY':
    'This line is not “key: value”. If it continues the value above, indent it; otherwise add ' +
    'the key and “:”.',
  'yaml.DUPLICATE_KEY': 'The key “{detail}” appears more than once; keep only one of them.',
  'yaml.BAD_INDENT':
    'The spaces at the start of this line do not line up with the lines around it.',
  'yaml.TAB_AS_INDENT': 'This line is indented with a tab; YAML needs spaces.',
  'yaml.UNEXPECTED_TOKEN':
    'YAML did not expect this text here. Check the quotes and the “:” on this line.',
  'yaml.MISSING_CHAR': 'Something is missing here: a closing quote or bracket, a “:” or a “,”.',
  'yaml.BAD_DQ_ESCAPE':
    'A backslash (\\) inside double quotes starts a code YAML does not know. Write \\\\ for a ' +
    'backslash, or use single quotes.',
  'yaml.BAD_SCALAR_START':
    'A value cannot start with this character (such as @, ` or %) unless it is in quotes.',
  'yaml.BLOCK_IN_FLOW': 'A list or group inside brackets must stay on one line, in brackets.',
  'yaml.NOT_A_MAP': 'The front matter must be a list of “key: value” lines.',
  'yaml.UNREADABLE':
    'Pluma cannot read this front matter (it may repeat a value with too many aliases, *).',
  'yaml.UNTERMINATED': 'The front matter opened with “---” is never closed by a “---” line.',
  'yaml.CODE_LANGUAGE':
    'Front matter in “{detail}” is not supported: it would run as code. Use YAML (---).',
  'yaml.UNKNOWN_LANGUAGE': 'The front matter’s language “{detail}” is unknown. Use YAML (---).',
  'yaml.unknown': 'YAML cannot read this line. Check its quotes, “:” and indentation.',
  'form.fixQuotes': 'Fix quotes',
  'form.lockedAt': 'Locked: the problem on line {line} makes this field unreadable.',
  'form.locked': 'Locked until the front matter’s problems are fixed.',
} as const;
