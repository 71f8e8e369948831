/**
 * The site operator's details (`src/config/operator.ts`): which are still missing or malformed,
 * and the links they turn into. Pure: the Impressum, the privacy page and the build warning
 * all judge the same configuration the same way.
 */
import { safeHref } from '../text/safe-href';

/** What a person deploying the site fills in; empty strings stand for „not given“. */
export interface Operator {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  email: string;
  phone: string;
  /** The person responsible for the content under § 18 Abs. 2 MStV, where it is not the operator. */
  responsible: { name: string; address: string };
  /** The web host that delivers the pages and keeps the access logs. */
  host: { name: string; privacyUrl: string };
}

/** Fields an Impressum cannot do without. */
export const REQUIRED_OPERATOR_FIELDS = ['name', 'street', 'postalCode', 'city', 'email'] as const;

/** Fields whose value is checked for form, and where they are in `Operator`. */
export type OperatorField = (typeof REQUIRED_OPERATOR_FIELDS)[number] | 'phone' | 'host.privacyUrl';

/** One thing wrong with the configuration: a required field left empty, or a value that is not what it should be. */
export interface OperatorGap {
  field: OperatorField;
  code: 'missing' | 'invalid';
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const PHONE = /^\+?[\d\s()/-]{5,}$/;

/** The value of a field, trimmed. */
function valueOf(operator: Operator, field: OperatorField): string {
  return (field === 'host.privacyUrl' ? operator.host.privacyUrl : operator[field]).trim();
}

/**
 * Everything that keeps the operator's details from being complete, in field order; empty when
 * they are. Optional fields count only when they are given in a form that cannot be linked.
 * @example operatorGaps({ ...filled, email: 'nobody' }) // [{ field: 'email', code: 'invalid' }]
 */
export function operatorGaps(operator: Operator): OperatorGap[] {
  const gaps: OperatorGap[] = REQUIRED_OPERATOR_FIELDS.filter((field) => valueOf(operator, field) === '').map((field) => ({ field, code: 'missing' }));
  const email = valueOf(operator, 'email');
  if (email !== '' && !EMAIL.test(email)) gaps.push({ field: 'email', code: 'invalid' });
  const phone = valueOf(operator, 'phone');
  if (phone !== '' && !PHONE.test(phone)) gaps.push({ field: 'phone', code: 'invalid' });
  const privacyUrl = valueOf(operator, 'host.privacyUrl');
  if (privacyUrl !== '' && !safeHref(privacyUrl)?.startsWith('https:')) gaps.push({ field: 'host.privacyUrl', code: 'invalid' });
  return gaps;
}

/** The operator's details as the pages show them: trimmed, with links only where a value is valid. */
export interface OperatorDetails {
  complete: boolean;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  email: string;
  emailHref: string | undefined;
  phone: string;
  phoneHref: string | undefined;
  responsible: { name: string; address: string };
  host: { name: string; privacyHref: string | undefined };
}

/**
 * The details for the Impressum and the privacy page.
 * @example operatorDetails(filled).emailHref // 'mailto:post@example.org'
 * @example operatorDetails(filled).phoneHref // 'tel:+4930123456' for '+49 30 123456'
 */
export function operatorDetails(operator: Operator): OperatorDetails {
  const gaps = operatorGaps(operator);
  const valid = (field: OperatorField) => !gaps.some((gap) => gap.field === field);
  const [email, phone, privacyUrl] = [valueOf(operator, 'email'), valueOf(operator, 'phone'), valueOf(operator, 'host.privacyUrl')];
  return {
    complete: gaps.length === 0,
    name: operator.name.trim(),
    street: operator.street.trim(),
    postalCode: operator.postalCode.trim(),
    city: operator.city.trim(),
    country: operator.country.trim(),
    email,
    emailHref: email !== '' && valid('email') ? `mailto:${email}` : undefined,
    phone,
    phoneHref: phone !== '' && valid('phone') ? `tel:${phone.replace(/[^\d+]/g, '')}` : undefined,
    responsible: { name: operator.responsible.name.trim(), address: operator.responsible.address.trim() },
    host: { name: operator.host.name.trim(), privacyHref: privacyUrl !== '' && valid('host.privacyUrl') ? (safeHref(privacyUrl) ?? undefined) : undefined },
  };
}
