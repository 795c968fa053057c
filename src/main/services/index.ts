import type { AppInfo } from '../../shared/settings';
import type { Db } from '../db/connection';
import type { Platform } from '../platform/platform';
import type { SecretStore } from '../platform/secrets';
import { createAgreementsService } from './agreements';
import { createAttendanceService } from './attendance';
import type { Clock } from './clock';
import { createGroupTagsService } from './group-tags';
import { createGroupsService } from './groups';
import { createHostingService, type HostingEnvironment } from './hosting';
import { createNotesService } from './notes';
import { createPlanFilesService } from './plan-files';
import { createPlansService } from './plans';
import { createReportsService } from './reports/service';
import { createSessionServerService } from './session-server';
import { createSessionsService } from './sessions';
import { createSettingsService } from './settings';

export function createServices(
  db: Db,
  info: AppInfo,
  platform: Platform,
  now: Clock = Date.now,
  hosting: HostingEnvironment = {},
  secrets?: SecretStore,
) {
  const settings = createSettingsService(db);
  const language = () => settings.get().language;
  const agreements = createAgreementsService(db, now);
  const plans = createPlansService(db, language, now);
  const groups = createGroupsService(db, agreements, language, now);
  return {
    info,
    platform,
    settings,
    agreements,
    groups,
    groupTags: createGroupTagsService(db, (id) => void groups.get(id)),
    plans,
    planFiles: createPlanFilesService(plans, now),
    sessions: createSessionsService(db, plans, now),
    notes: createNotesService(db, now),
    attendance: createAttendanceService(db, now),
    reports: createReportsService(db, platform, language, now),
    sessionServer: createSessionServerService(db, createHostingService(hosting), secrets),
  };
}

export type Services = ReturnType<typeof createServices>;
