import type { Ports } from '../ports';
import type { Handlers } from './types';
import { createFileHandlers } from './files';
import { createAppHandlers } from './app';
import { createImportHandlers } from './import';
import { createExportHandlers } from './export';
import { createComplianceHandlers } from './compliance';

/** Every channel's handler, built from the injected ports. Add a feature's slice here. */
export function createHandlers(ports: Ports): Handlers {
  return {
    ...createFileHandlers(ports),
    ...createAppHandlers(ports),
    ...createImportHandlers(ports),
    ...createExportHandlers(ports),
    ...createComplianceHandlers(),
  };
}
