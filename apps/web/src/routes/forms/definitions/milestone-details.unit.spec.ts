import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MILESTONE_KINDS, MILESTONE_PAGES, MilestoneKind, MilestonePage } from './milestone-details';
import { MILESTONE_FORMS } from './record-milestone.form';

interface Schema {
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly description?: string;
  readonly properties?: Record<string, Schema>;
  readonly items?: Schema;
}

/** The API's own document (`npm run openapi:export`): what it accepts, not what the web remembers of it. */
const openapi = JSON.parse(readFileSync(join(__dirname, '../../../../../api/openapi.json'), 'utf8')) as {
  components: { schemas: Record<string, Schema> };
};
const schemas = openapi.components.schemas;
const milestone = schemas.RecordSentenceMilestoneDto;
const apiKinds = milestone.properties?.kind.enum ?? [];

/** "parole-decision → ParoleDecisionDetailDto; …" in the description of detail: the API's kind → detail table. */
const detailDtoOf = new Map(
  [...(milestone.properties?.detail.description ?? '').matchAll(/([a-z-]+) → (\w+DetailDto)/g)].map(
    ([, kind, dto]) => [kind, dto] as const,
  ),
);

describe('the key stage forms against the API’s milestone DTOs (apps/api/openapi.json)', () => {
  it('offers every kind the API accepts, and no other', () => {
    expect(apiKinds.length).toBeGreaterThan(30);
    expect([...MILESTONE_KINDS].sort()).toEqual([...apiKinds].sort());
    expect(MILESTONE_FORMS.map((form) => form.slug).sort()).toEqual(apiKinds.map((kind) => `milestone/${kind}`).sort());
  });

  it('knows the detail DTO of every kind', () => {
    expect([...detailDtoOf.keys()].sort()).toEqual([...apiKinds].sort());
  });

  it.each(apiKinds)('%s: asks for every field of its detail, and offers exactly the codes the API accepts', (kind) => {
    const dto = schemas[detailDtoOf.get(kind) ?? ''];
    expect(dto).toBeDefined();
    const page: MilestonePage = MILESTONE_PAGES[kind as MilestoneKind];
    const apiFields = Object.keys(dto.properties ?? {});
    expect(Object.keys(page.detail).sort()).toEqual(apiFields.sort());
    for (const [name, property] of Object.entries(dto.properties ?? {})) {
      const input = page.detail[name];
      const codes = property.enum ?? property.items?.enum;
      if (codes) {
        expect({ name, type: input.type }).toEqual({ name, type: property.type === 'array' ? 'checkboxes' : 'radios' });
        const offered = 'options' in input ? input.options.map((option) => option.value) : [];
        expect({ name, offered: [...offered].sort() }).toEqual({ name, offered: [...codes].sort() });
      } else if (property.type === 'boolean') expect({ name, type: input.type }).toEqual({ name, type: 'yes-no' });
      else if (property.type === 'array') expect({ name, type: input.type }).toEqual({ name, type: 'victims' });
      else expect({ name, type: input.type, example: property.description }).toMatchObject({ name, type: 'date' });
    }
  });

  it('sends only the details given, as the API names them', async () => {
    const form = MILESTONE_FORMS.find((candidate) => candidate.slug === 'milestone/parole-decision');
    const command = await form?.command(
      {
        sentenceId: 's-1',
        'date-day': '3',
        'date-month': '11',
        'date-year': '2026',
        outcome: 'no-release',
        'nextReviewDate-day': '1',
        'nextReviewDate-month': '11',
        'nextReviewDate-year': '2027',
      },
      {} as never,
    );
    expect(command).toEqual({
      kind: 'milestone',
      sentenceId: 's-1',
      body: {
        kind: 'parole-decision',
        date: '2026-11-03',
        detail: { outcome: 'no-release', nextReviewDate: '2027-11-01' },
      },
    });
  });

  const bodyOf = (command: unknown) => (command as { body: unknown }).body;

  it('turns yes/no into the API’s boolean and always sends the protected victims (which may be none)', async () => {
    const death = MILESTONE_FORMS.find((candidate) => candidate.slug === 'milestone/death');
    const conditions = MILESTONE_FORMS.find((candidate) => candidate.slug === 'milestone/conditional-discharge');
    const base = { sentenceId: 's-1', 'date-day': '3', 'date-month': '11', 'date-year': '2026' };
    expect(bodyOf(await death?.command({ ...base, inCustody: 'no' }, {} as never))).toMatchObject({
      detail: { inCustody: false },
    });
    expect(bodyOf(await conditions?.command({ ...base, conditions: 'non-contact' }, {} as never))).toMatchObject({
      detail: { conditions: ['non-contact'], protectsVictimIds: [] },
    });
  });

  it('sends no detail for a stage that has none', async () => {
    const form = MILESTONE_FORMS.find((candidate) => candidate.slug === 'milestone/deportation');
    const command = await form?.command(
      { sentenceId: 's-1', 'date-day': '3', 'date-month': '11', 'date-year': '2026' },
      {} as never,
    );
    expect(command).toEqual({
      kind: 'milestone',
      sentenceId: 's-1',
      body: { kind: 'deportation', date: '2026-11-03', detail: undefined },
    });
  });
});
