import { z } from 'zod';
import { channel } from './channel';
import type { ComplianceResult } from '../workbook/schema';

export const complianceChannels = {
  /**
   * Measures the workbook's clauses against the records of an import still held in main (named by
   * `importId` from `importRun`). The document travels as unknown and is validated in main.
   */
  complianceMeasure: channel<ComplianceResult>()(
    z.object({ importId: z.string().min(1).max(64), doc: z.unknown() }).strict(),
  ),
};
