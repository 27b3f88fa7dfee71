import { z } from 'zod';

// Validation messages reach staff through the API and the forms: in Danish, like the rest of the UI.
z.config(z.locales.da());
