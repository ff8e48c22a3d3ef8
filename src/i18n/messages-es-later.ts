/**
 * The Spanish texts of what shows after the editor (the form, the preview, the front matter's YAML
 * problems, the repository, the site and the checks): loaded once the editor holds the post
 * (translate.ts).
 */
import { esForm } from './messages-es-form';
import { esYaml } from './messages-es-yaml';
import { esRepository } from './messages-es-repository';
import { esSite } from './messages-es-site';
import { esChecks } from './messages-es-checks';

export const esLater = {
  ...esForm,
  ...esYaml,
  ...esRepository,
  ...esSite,
  ...esChecks,
};
