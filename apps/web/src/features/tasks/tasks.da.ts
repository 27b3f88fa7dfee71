/** Danish texts of the tasks of each role, and the home page that lists them; merged in i18n/da-start.ts. */
export const tasksDa = {
  tasks: {
    newCase: {
      label: 'Ny henvendelse',
      description: 'Registrér en borgers henvendelse, og få en anbefaling til hjælpeniveau.',
    },
    guides: {
      label: 'Vejledninger',
      description: 'Find vejledninger trin for trin, og print en udlevering til borgeren.',
    },
    statistics: {
      label: 'Statistik',
      description: 'Se henvendelser, hjælpeniveauer og udfald over tid.',
    },
    training: {
      label: 'Træning',
      description: 'Øv dig i at vurdere hjælpeniveau på skrevne træningscases, og se anbefalingen og begrundelsen.',
    },
    flows: {
      label: 'Triageflows',
      description: 'Redigér spørgsmål og regler i triagen, kontrollér og afprøv dem, og se versionshistorikken.',
    },
    staff: {
      label: 'Medarbejdere',
      description: 'Opret medarbejderkonti, skift roller, og nulstil adgangskoder.',
    },
    branches: {
      label: 'Filialer og kanaler',
      description: 'Tilføj filialer og kanaler, eller luk dem for nye henvendelser.',
    },
    cases: {
      label: 'Sager',
      description: 'Se de henvendelser, der er logget, ret en sag, eller log en henvendelse uden anbefaling.',
    },
    categories: {
      label: 'Kategorier',
      description: 'Tilføj, omdøb, sortér og deaktivér problemkategorier.',
    },
  },
  home: {
    greeting: 'Goddag, {{name}}',
    yourRole: 'Du er logget ind med rollen {{role}}.',
    tasksTitle: 'Dine opgaver',
  },
};
