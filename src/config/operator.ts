/**
 * Who runs this copy of Netzwerk-Kompass. Whoever deploys the site fills this in before they
 * publish it: the Impressum (`/impressum/`, § 5 DDG) and the privacy page (`/datenschutz/`,
 * Art. 13 DSGVO) show these details. While a required field is empty, both pages tell readers
 * that the operator has not filled them in yet, and every build prints a warning.
 *
 * Write the values as they should appear on the page. See the README, „Bauen und Vorschau“.
 */
import type { Operator } from '../lib/site/operator';

export const OPERATOR: Operator = {
  /** Your name, or your organisation's full name with its legal form. Required. */
  name: '',
  /** Street and house number of an address where you can be served with documents (no P.O. box). Required. */
  street: '',
  /** Postcode. Required. */
  postalCode: '',
  /** Town or city. Required. */
  city: '',
  /** Country, if readers may not assume Germany; may stay empty. */
  country: '',
  /** An email address that you read. Required. */
  email: '',
  /** A phone number, if you want to give one; may stay empty. */
  phone: '',
  /**
   * The person responsible for the content under § 18 Abs. 2 MStV (sites with journalistic or
   * editorial content, such as the guide). Leave the name empty if that is you; leave the
   * address empty if it is the one above.
   */
  responsible: { name: '', address: '' },
  /**
   * Your web host, whose servers deliver the pages and keep the access logs, and the address of
   * its privacy policy (https). Both may stay empty; the privacy page then speaks of „your web host“.
   */
  host: { name: '', privacyUrl: '' },
};
