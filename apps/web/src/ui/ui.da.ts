/** Danish texts of the shared form and list controls; merged in i18n/da-start.ts. */
export const uiDa = {
  form: {
    fixFields: 'Der er fejl i formularen. Ret de markerede felter.',
  },
  pagination: {
    label: 'Sider',
    previous: 'Forrige side',
    next: 'Næste side',
    position: 'Side {{page}} af {{pages}}',
  },
};
