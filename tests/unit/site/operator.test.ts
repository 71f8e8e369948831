import { describe, expect, test } from 'vitest';
import { operatorDetails, operatorGaps } from '../../../src/lib/site/operator';
import { emptyOperator, filledOperator } from './operators';

const [empty, filled] = [emptyOperator, filledOperator];

describe('operatorGaps', () => {
  test('names every required field of an empty configuration as missing', () => {
    expect(operatorGaps(empty)).toEqual(['name', 'street', 'postalCode', 'city', 'email'].map((field) => ({ field, code: 'missing' })));
  });

  test('is empty once the required fields are filled in', () => {
    expect(operatorGaps(filled)).toEqual([]);
  });

  test('counts a field of blanks as missing', () => {
    expect(operatorGaps({ ...filled, city: '   ' })).toEqual([{ field: 'city', code: 'missing' }]);
  });

  test('flags an email address without an @', () => {
    expect(operatorGaps({ ...filled, email: 'post at example.org' })).toEqual([{ field: 'email', code: 'invalid' }]);
  });

  test('flags a phone number with letters, but not an empty one', () => {
    expect(operatorGaps({ ...filled, phone: 'ruf mich an' })).toEqual([{ field: 'phone', code: 'invalid' }]);
    expect(operatorGaps({ ...filled, phone: '' })).toEqual([]);
  });

  test('accepts only an https address for the host’s privacy policy', () => {
    expect(operatorGaps({ ...filled, host: { name: 'Host', privacyUrl: 'http://host.example/privacy' } })).toEqual([{ field: 'host.privacyUrl', code: 'invalid' }]);
    expect(operatorGaps({ ...filled, host: { name: 'Host', privacyUrl: 'javascript:alert(1)' } })).toEqual([{ field: 'host.privacyUrl', code: 'invalid' }]);
    expect(operatorGaps({ ...filled, host: { name: 'Host', privacyUrl: 'https://host.example/privacy' } })).toEqual([]);
  });
});

describe('operatorDetails', () => {
  test('says an empty configuration is not complete and offers no links', () => {
    const details = operatorDetails(empty);
    expect(details.complete).toBe(false);
    expect([details.emailHref, details.phoneHref, details.host.privacyHref]).toEqual([undefined, undefined, undefined]);
  });

  test('trims the values and links email and phone', () => {
    const details = operatorDetails({ ...filled, name: ' Erika Mustermann ', phone: '+49 (30) 123-456' });
    expect(details).toMatchObject({ complete: true, name: 'Erika Mustermann', emailHref: 'mailto:post@example.org', phoneHref: 'tel:+4930123456' });
  });

  test('shows a malformed email as text, without a link', () => {
    const details = operatorDetails({ ...filled, email: 'post(at)example.org' });
    expect(details).toMatchObject({ complete: false, email: 'post(at)example.org', emailHref: undefined });
  });

  test('links the host’s privacy policy as the browser would parse it', () => {
    expect(operatorDetails({ ...filled, host: { name: 'Host', privacyUrl: 'https://host.example/datenschutz' } }).host).toEqual({ name: 'Host', privacyHref: 'https://host.example/datenschutz' });
  });
});
