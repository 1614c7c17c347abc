import { ApiHarness, startApi } from '@vcs/test-support';
import { VictimsClient } from './victim-fixtures';

/** What every victims (and sentences) e2e spec starts from. */
export interface VictimsApi {
  readonly api: ApiHarness;
  /** A victim liaison officer, `vlo-7`. */
  readonly vlo: VictimsClient;
  /** Their manager, `manager-2`. */
  readonly manager: VictimsClient;
  /** A sentence the VLO recorded (aSentence: statutory VCS, Yorkshire and the Humber). */
  readonly sentenceId: string;
}

export interface VictimsApiOptions {
  /** Run the worker's projectors in the API's process (for specs that read a read model). */
  readonly projectors?: boolean;
}

/**
 * Starts the API once for the enclosing describe (and closes it after), with a VLO, their manager and a recorded
 * sentence, and hands them to `receive`, which keeps what the spec uses: `useVictimsApi((given) => ({ vlo, sentenceId } = given))`.
 */
export function useVictimsApi(receive: (given: VictimsApi) => void, options: VictimsApiOptions = {}): void {
  let api: ApiHarness | undefined;
  beforeAll(async () => {
    api = await startApi();
    if (options.projectors) api.startProjectors();
    const vlo = await VictimsClient.as(api, 'VLO', 'vlo-7');
    const manager = await VictimsClient.as(api, 'VLO_MANAGER', 'manager-2');
    receive({ api, vlo, manager, sentenceId: await vlo.recordSentence() });
  });
  afterAll(async () => {
    await api?.close();
  });
}
