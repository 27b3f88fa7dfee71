import { z } from 'zod';

// Validation messages reach staff through the API and the forms: in Danish, like the rest of the UI.
// Every schema here takes `z` from this module, so whoever loads a schema has the messages too, and
// code that loads none (the web app's first screen) loads no zod.
z.config(z.locales.da());

export { z };
