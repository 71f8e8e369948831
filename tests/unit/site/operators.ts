import type { Operator } from '../../../src/lib/site/operator';

/** The operator's details as the project ships them: nothing filled in. */
export const emptyOperator: Operator = {
  name: '', street: '', postalCode: '', city: '', country: '', email: '', phone: '',
  responsible: { name: '', address: '' }, host: { name: '', privacyUrl: '' },
};

/** Every required field filled in, the optional ones left empty. */
export const filledOperator: Operator = { ...emptyOperator, name: 'Erika Mustermann', street: 'Musterweg 1', postalCode: '12345', city: 'Musterstadt', email: 'post@example.org' };
