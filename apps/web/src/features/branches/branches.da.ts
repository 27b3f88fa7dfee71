/** Danish texts of the admin-kept lists of branches and channels; merged in i18n/da-pages.ts. */
export const branchesDa = {
  adminLists: {
    intro:
      'Henvendelser logges på en filial og en kanal. En lukket filial eller kanal bliver i de gamle sager, men kan ikke vælges til nye.',
    nameDa: 'Navn (dansk)',
    nameEn: 'Navn (engelsk)',
    key: 'Nøgle',
    keyHint: 'Små bogstaver a-z, tal og bindestreg, fx "holme-olstrup". Kan ikke ændres bagefter.',
    open: 'Åben',
    closedStatus: 'Lukket',
    close: 'Luk',
    reopen: 'Genåbn',
    added: '"{{name}}" er tilføjet.',
    closed: '"{{name}}" er lukket for nye henvendelser.',
    reopened: '"{{name}}" er åbnet igen.',
    branches: {
      title: 'Filialer',
      intro: 'Hovedbiblioteket og de mindre filialer.',
      add: 'Tilføj filial',
    },
    channels: {
      title: 'Kanaler',
      intro: 'Hvordan borgeren henvender sig: fremmøde, tidsbestilling, telefon, opsøgende.',
      add: 'Tilføj kanal',
    },
  },
};
