import { MessageChannel } from './channel';

type TemplateTable = Record<string, Partial<Record<MessageChannel, Record<string, string>>>>;

/**
 * GOV.UK Notify template ids from NOTIFY_TEMPLATE_IDS: stage → channel → language → template id. A stage without
 * its own template uses "default"; a language without a template uses English ("en"): the body is then English
 * and the processor notes the fallback (as a code) so the VLO can follow up in the victim's language.
 */
export class NotifyTemplates {
  constructor(private readonly table: TemplateTable) {}

  static fromJson(json: string | undefined): NotifyTemplates {
    return new NotifyTemplates(json ? (JSON.parse(json) as TemplateTable) : {});
  }

  templateFor(stage: string, channel: MessageChannel, language: string): string | undefined {
    const primary = language.toLowerCase().split('-')[0];
    for (const key of [stage, 'default']) {
      const languages = this.table[key]?.[channel];
      const id = languages?.[language] ?? languages?.[primary] ?? languages?.en;
      if (id) return id;
    }
    return undefined;
  }

  /** Whether there is a template in the victim's own language. */
  hasLanguage(stage: string, channel: MessageChannel, language: string): boolean {
    const primary = language.toLowerCase().split('-')[0];
    return [stage, 'default'].some(
      (key) => !!(this.table[key]?.[channel]?.[language] ?? this.table[key]?.[channel]?.[primary]),
    );
  }
}
