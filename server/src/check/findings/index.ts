/** Every finding kind, for listings, SARIF rules and the docs test. */
import { CONTRADICTION } from './contradiction';
import { INTERNAL_ERROR } from './internalError';
import { MISATTRIBUTION } from './misattribution';
import { OUTDATED_STATUS } from './outdatedStatus';
import { SUPPORTED } from './supported';
import type { FindingKind } from './types';
import { UNSOURCED_FIGURE } from './unsourcedFigure';

export const FINDING_KINDS: readonly FindingKind[] = [CONTRADICTION, OUTDATED_STATUS, MISATTRIBUTION, UNSOURCED_FIGURE, SUPPORTED, INTERNAL_ERROR];
