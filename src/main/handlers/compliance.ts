import type { HandlerSlice } from './types';
import type { complianceChannels } from '../../shared/ipc/compliance';
import { fail, ok } from '../../shared/errors/result';
import { measure } from '../../shared/compliance/engine';
import { Workbook } from '../../shared/workbook/schema';
import { importedRecords } from '../import/session-imports';

/** Measuring stays in main, next to the imported records; only the summary crosses to the renderer. */
export function createComplianceHandlers(): HandlerSlice<keyof typeof complianceChannels> {
  return {
    async complianceMeasure(input, { session }) {
      const doc = Workbook.safeParse(input.doc);
      if (!doc.success) {
        return fail('file.invalid', {
          file: '',
          field: doc.error.issues[0]?.path.join('.') || '(root)',
          detail: doc.error.issues[0]?.message ?? '',
        });
      }
      const imported = importedRecords(session, input.importId);
      if (!imported) return fail('compliance:errors.importGone');
      return ok(measure(doc.data, imported.records));
    },
  };
}
