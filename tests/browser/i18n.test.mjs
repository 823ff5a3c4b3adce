// The shell formats Arabic counts by hand (Intl's Arabic data costs ~15 ms to load on a cold page):
// it must say exactly what Intl.NumberFormat('ar-EG') and Intl.PluralRules('ar') say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS, arPlural } from '../../www/shell/i18n.js';

const counts = [...Array(5000).keys(), 9999, 10000, 99999, 100001, 123456, 1234567, 20000000];

test('Arabic numbers are written as Intl writes them (Arabic-Indic digits, ٬ between thousands)', () => {
  const intl = new Intl.NumberFormat('ar-EG');
  for (const n of counts) assert.equal(LABELS.ar.fmt(n), intl.format(n), String(n));
});

test('Arabic plural categories are CLDR\'s, and the mention counts read right', () => {
  const intl = new Intl.PluralRules('ar');
  for (const n of counts) assert.equal(arPlural(n), intl.select(n), String(n));
  assert.equal(LABELS.ar.mentions(1), 'إشارة واحدة');
  assert.equal(LABELS.ar.mentions(2), 'إشارتان');
  assert.equal(LABELS.ar.mentions(3), '٣ إشارات');
  assert.equal(LABELS.ar.mentions(11), '١١ إشارة');
  assert.equal(LABELS.ar.mentions(1000), '١٬٠٠٠ إشارة');
});
