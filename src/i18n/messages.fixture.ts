/** Every language's messages, loaded up front for the Node tests (vitest's setup file). */
import { en } from './messages-en';
import { es } from './messages-es';
import { addMessages } from './translate';

addMessages('en', en);
addMessages('es', es);
