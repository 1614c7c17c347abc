import {
  CreateEventStore1763900000000,
  MarkEventWriters1763900006000,
  NotifyAfterAppend1763900005000,
} from '@vcs/event-store';
import { CreateProjectionCheckpoints1763900001000 } from './1763900001000-create-projection-checkpoints';
import { CreateStreamCatalogue1763900002000 } from './1763900002000-create-stream-catalogue';
import { CreateVictimDataKeys1763900003000 } from './1763900003000-create-victim-data-keys';
import { CreateAccessAudit1763900004000 } from './1763900004000-create-access-audit';
import { AccessAuditRefusals1763913200000 } from './1763913200000-access-audit-refusals';
import { NotifyCheckpoints1763913300000 } from './1763913300000-notify-checkpoints';
import { CreateParkedEvents1765101100000 } from './1765101100000-create-parked-events';
import { CreateReadModelCalendars1765300000000 } from './1765300000000-create-read-model-calendars';
import { CreateParkedWorkTasks1765400000000 } from './1765400000000-create-parked-work-tasks';
import { CreateStaffDirectory1765520000000 } from './1765520000000-create-staff-directory';
import { StaffDirectoryNames1765531000000 } from './1765531000000-staff-directory-names';

/** Every schema change, in order. The event store's own table is created here too, so one command migrates all. */
export const MIGRATIONS = [
  CreateEventStore1763900000000,
  CreateProjectionCheckpoints1763900001000,
  CreateStreamCatalogue1763900002000,
  CreateVictimDataKeys1763900003000,
  CreateAccessAudit1763900004000,
  NotifyAfterAppend1763900005000,
  MarkEventWriters1763900006000,
  AccessAuditRefusals1763913200000,
  NotifyCheckpoints1763913300000,
  CreateParkedEvents1765101100000,
  CreateReadModelCalendars1765300000000,
  CreateParkedWorkTasks1765400000000,
  CreateStaffDirectory1765520000000,
  StaffDirectoryNames1765531000000,
];
