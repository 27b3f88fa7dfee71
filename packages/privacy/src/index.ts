export * from './personal-data';
export { type PublicContact, publicContacts } from './public-contacts';
