import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * The app's screens, in navigation order. A feature adds its folder under src/renderer/features/ and one
 * entry here; screens load lazily so start-up pays only for the first one.
 */
export interface Route {
  id: string;
  /** Key in the `common` namespace. */
  labelKey: string;
  Screen: LazyExoticComponent<ComponentType>;
}

export const routes: Route[] = [
  {
    id: 'workbook',
    labelKey: 'nav.workbook',
    Screen: lazy(() => import('../features/workbook/WorkbookScreen')),
  },
  {
    id: 'scenarios',
    labelKey: 'nav.scenarios',
    Screen: lazy(() => import('../features/scenarios/ScenariosScreen')),
  },
  {
    id: 'compliance',
    labelKey: 'nav.compliance',
    Screen: lazy(() => import('../features/compliance/ComplianceScreen')),
  },
  { id: 'export', labelKey: 'nav.export', Screen: lazy(() => import('../features/export/ExportScreen')) },
];
