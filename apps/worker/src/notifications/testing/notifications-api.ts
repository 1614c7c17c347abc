import { loadEnvironment } from '@vcs/config';
import { ApiHarness, startApi } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { expectStatus, VICTIM, VictimsClient } from '../../../../api/src/victims/testing/victim-fixtures';
import { Projector } from '../../projector/projector';
import { NotificationRuntime } from '../notification-runtime';
import {
  capturedLog,
  CapturedLog,
  deleteKeysWithPrefix,
  ensureNotificationTables,
  runtimeFor,
  startScheduleProjector,
} from './notification-test-kit';

/** What every notification e2e spec starts from. */
export interface NotificationsApi {
  readonly api: ApiHarness;
  readonly dataSource: DataSource;
  /** A victim liaison officer of the spec's choosing. */
  readonly vlo: VictimsClient;
  /** Where the spec's runtimes log (checked for personal data and warnings). */
  readonly log: CapturedLog;
}

export interface NotificationsApiOptions {
  /** The spec's Redis prefix (queuePrefixFor), whose keys are deleted after the spec; none when it has several. */
  readonly prefix?: string;
  /** The VLO's user id (specs use different officers so their caseloads do not meet). */
  readonly vloId: string;
  /** Stops what the spec started on the API (its runtimes), before the fixture stops the rest. */
  readonly stopFirst?: () => Promise<unknown> | undefined;
}

/**
 * Starts the API once for the enclosing describe with the notification tables, the projectors and the schedule
 * projector running, a VLO and a captured log, and hands them to `receive`; afterwards stops the spec's own runtimes
 * (`stopFirst`), the schedule projector, deletes the prefix's Redis keys and closes the API, in that order.
 */
export function useNotificationsApi(
  options: NotificationsApiOptions,
  receive: (given: NotificationsApi) => unknown,
): void {
  let api: ApiHarness | undefined;
  let scheduleProjector: Projector | undefined;
  beforeAll(async () => {
    api = await startApi();
    const dataSource = api.app.get(DataSource);
    await ensureNotificationTables(dataSource);
    api.startProjectors();
    scheduleProjector = startScheduleProjector(api.app, loadEnvironment({}));
    const vlo = await VictimsClient.as(api, 'VLO', options.vloId);
    await receive({ api, dataSource, vlo, log: capturedLog() });
  });
  afterAll(async () => {
    await options.stopFirst?.();
    await scheduleProjector?.stop();
    if (options.prefix) await deleteKeysWithPrefix(options.prefix);
    await api?.close();
  });
}

/** What a spec with one notification runtime starts from: the API's, and the runtime (planner, dispatcher, …). */
export interface NotificationsRuntime extends NotificationsApi {
  readonly runtime: NotificationRuntime;
}

export interface NotificationsRuntimeOptions extends Omit<NotificationsApiOptions, 'stopFirst'> {
  readonly prefix: string;
  /** What the runtime is built with besides the prefix and the log (a parking policy, a channel, …). */
  readonly runtime?: Omit<Parameters<typeof runtimeFor>[1], 'prefix' | 'log'>;
  /** Which parts start (default: every one, delivery and resync included). */
  readonly start?: Parameters<NotificationRuntime['start']>[0];
}

/**
 * `useNotificationsApi` with the spec's notification runtime on the prefix, built and started once the API is up
 * and stopped before the rest: the set-up every spec with one runtime repeated.
 */
export function useNotificationsRuntime(
  options: NotificationsRuntimeOptions,
  receive: (given: NotificationsRuntime) => void,
): void {
  let runtime: NotificationRuntime | undefined;
  useNotificationsApi({ ...options, stopFirst: () => runtime?.stop() }, async (given) => {
    runtime = runtimeFor(given.api.app, { ...options.runtime, prefix: options.prefix, log: given.log });
    await runtime.start(options.start);
    receive({ ...given, runtime });
  });
}

/** Contact preferences wanting every key stage by email, in English (`overrides` go over them). */
export const emailPreferences = (overrides: Record<string, unknown> = {}) => ({
  updatedOn: '2026-10-12',
  channels: ['email'],
  stages: { choice: 'all-key-stages' },
  safetyCheckBeforeLetters: false,
  personal: { email: VICTIM.email, language: 'en' },
  ...overrides,
});

/** A victim referred on the sentence and enrolled, with `emailPreferences(preferences)`. */
export async function enrolledVictimWantingEmail(
  vlo: VictimsClient,
  sentenceId: string,
  preferences: Record<string, unknown> = {},
): Promise<string> {
  const victimId = await vlo.referVictim(sentenceId);
  await vlo.enrol(victimId, sentenceId);
  const wanted = emailPreferences(preferences);
  expectStatus(await vlo.send('put', `/victims/${victimId}/contact-preferences`, wanted), 200);
  return victimId;
}
