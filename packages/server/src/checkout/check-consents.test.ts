import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoCheckoutTerms } from '@thecen/mocks/fixtures';
import { checkConsents } from './check-consents.js';

const accepted = (only?: (type: string) => boolean) =>
  demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: only ? only(c.type) : true }));

test('all required consents of the current version: no errors; marketing is optional', () => {
  assert.deepEqual(checkConsents(demoCheckoutTerms, accepted()), []);
  assert.deepEqual(checkConsents(demoCheckoutTerms, accepted((t) => t !== 'marketing')), []);
  assert.deepEqual(checkConsents(demoCheckoutTerms, accepted().filter((c) => c.type !== 'marketing')), []);
});

test('a required consent declined, missing or of an old version is refused at body.consents', () => {
  for (const consents of [accepted((t) => t !== 'purchase_terms'), accepted().slice(1), []]) {
    const errors = checkConsents(demoCheckoutTerms, consents);
    assert.equal(errors.at(-1)!.path, 'body.consents');
    assert.equal(errors.at(-1)!.code, 'consent_required');
  }
  const old = accepted().map((c, i) => (i === 1 ? { ...c, version: '1999-01-01' } : c));
  assert.deepEqual(checkConsents(demoCheckoutTerms, old).map((e) => e.path), ['body.consents.1.version', 'body.consents']);
});

test('consents the mall does not ask for, or repeated, are refused', () => {
  const terms = { ...demoCheckoutTerms, consents: demoCheckoutTerms.consents.filter((c) => c.type !== 'marketing') };
  assert.deepEqual(checkConsents(terms, accepted()).map((e) => e.code), ['unknown_consent']);
  assert.deepEqual(checkConsents(demoCheckoutTerms, [...accepted(), accepted()[0]!]).map((e) => e.code), ['duplicate_consent']);
});
