/**
 * The UI's Spanish texts (Latin-American, as the blog writes). The types make every English key
 * required here; a test checks that no key is left over either.
 */
import type { Messages } from './messages-en';
import { esApp } from './messages-es-app';
import { esForm } from './messages-es-form';
import { esPanes } from './messages-es-panes';
import { esYaml } from './messages-es-yaml';
import { esRepository } from './messages-es-repository';
import { esSite } from './messages-es-site';
import { esWorkspace } from './messages-es-workspace';
import { esChecks } from './messages-es-checks';

/** The Spanish texts, by key. */
export const es: Messages = {
  ...esApp,
  ...esForm,
  ...esPanes,
  ...esYaml,
  ...esRepository,
  ...esWorkspace,
  ...esSite,
  ...esChecks,
};
