import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkConsents } from './check-consents.js';
import type { ConsentDocument } from './terms.js';

const consent = (type: ConsentDocument['type'], required: boolean): ConsentDocument => ({
  type,
  version: '2026-11-01',
  required,
  title: type,
  text: `${type} text`,
});

/** A mall's consents as the demo channel asks for them: three required, marketing optional. */
const mallTerms = {
  consents: [
    consent('purchase_terms', true),
    consent('personal_info_collection', true),
    consent('personal_info_provision', true),
    consent('marketing', false),
  ],
};

const accepted = (only?: (type: string) => boolean) =>
  mallTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: only ? only(c.type) : true }));

test('all required consents of the current version: no errors; marketing is optional', () => {
  assert.deepEqual(checkConsents(mallTerms, accepted()), []);
  assert.deepEqual(checkConsents(mallTerms, accepted((t) => t !== 'marketing')), []);
  assert.deepEqual(checkConsents(mallTerms, accepted().filter((c) => c.type !== 'marketing')), []);
});

test('a required consent declined, missing or of an old version is refused at body.consents', () => {
  for (const consents of [accepted((t) => t !== 'purchase_terms'), accepted().slice(1), []]) {
    const errors = checkConsents(mallTerms, consents);
    assert.equal(errors.at(-1)!.path, 'body.consents');
    assert.equal(errors.at(-1)!.code, 'consent_required');
  }
  const old = accepted().map((c, i) => (i === 1 ? { ...c, version: '1999-01-01' } : c));
  assert.deepEqual(checkConsents(mallTerms, old).map((e) => e.path), ['body.consents.1.version', 'body.consents']);
});

test('consents the mall does not ask for, or repeated, are refused', () => {
  const terms = { ...mallTerms, consents: mallTerms.consents.filter((c) => c.type !== 'marketing') };
  assert.deepEqual(checkConsents(terms, accepted()).map((e) => e.code), ['unknown_consent']);
  assert.deepEqual(checkConsents(mallTerms, [...accepted(), accepted()[0]!]).map((e) => e.code), ['duplicate_consent']);
});
