/** The contacts page's forms, loaded on first use (see ContactsSection). */
export { AddContactForm } from './AddContactForm';
export { ContactEditor } from './ContactEditor';
