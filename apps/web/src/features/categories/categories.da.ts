/** Danish texts of category administration; merged in i18n/da-pages.ts. */
export const categoriesDa = {
  categories: {
    title: 'Kategorier',
    intro:
      'Kategorierne bruges til vejledninger og sager. En deaktiveret kategori kan ikke vælges til nyt, men bevares på det gamle.',
    key: 'Nøgle',
    nameDa: 'Dansk navn',
    nameEn: 'Engelsk navn',
    searchWords: 'Søgeord',
    searchWordsHint:
      'Det, borgerne siger om emnet, adskilt af komma – fx glemt kode, adgangskode. Skranken finder kategorien ud fra dem, også med stavefejl.',
    urgent: 'Haster altid',
    moveUp: 'Flyt {{name}} op',
    moveDown: 'Flyt {{name}} ned',
    save: 'Gem',
    saved: '{{name}} er gemt.',
    deactivate: 'Deaktivér',
    reactivate: 'Genaktivér',
    addTitle: 'Tilføj kategori',
    keyHint: '2-40 tegn: små bogstaver a-z, tal og bindestreg',
    add: 'Tilføj kategori',
    added: 'Kategorien {{name}} er tilføjet.',
  },
};
