import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClauseStatus, RecordFlag, UnmeasurableReason } from '../../../src/shared/workbook/schema';

/** The README is what script writers read for `pacto measure --json`: it must name every value they get. */
describe('README: pacto measure --json', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(
    readme.indexOf('With `--json`'),
    readme.indexOf('docs/compliance.md', readme.indexOf('With `--json`')),
  );

  it('documents every status, reason and flag the engine can return', () => {
    const values = [...ClauseStatus.options, ...UnmeasurableReason.options, ...RecordFlag.options];
    expect(values.filter((v) => !section.includes(`\`${v}\``))).toEqual([]);
  });
});
