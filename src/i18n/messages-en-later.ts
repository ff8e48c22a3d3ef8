/**
 * The English texts of what shows after the editor (the form, the preview, the front matter's YAML
 * problems, the repository, the site and the checks): loaded once the editor holds the post
 * (translate.ts).
 */
import { enForm } from './messages-en-form';
import { enYaml } from './messages-en-yaml';
import { enRepository } from './messages-en-repository';
import { enSite } from './messages-en-site';
import { enChecks } from './messages-en-checks';

export const enLater = {
  ...enForm,
  ...enYaml,
  ...enRepository,
  ...enSite,
  ...enChecks,
};
