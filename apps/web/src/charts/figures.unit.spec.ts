import { toCsv } from './csv';
import { FIGURE_KEYS, FIGURES } from './figures';

const head = { today: '2026-12-07', from: '2026-11', to: '2026-12', units: ['london'] };

describe('the figures as charts and tables', () => {
  it('draws first contact as a percentage per month against the target, described in words', () => {
    const spec = FIGURES['first-contact'].chart({
      ...head,
      targetPercent: 100,
      months: [
        { month: '2026-11', referrals: 4, contactedInTime: 3, late: 1, notYetDue: 0, percentInTime: 75 },
        { month: '2026-12', referrals: 2, contactedInTime: 0, late: 0, notYetDue: 2, percentInTime: null },
      ],
    });
    expect(spec.title).toBe('First contact within 20 working days of referral');
    expect(spec.data.values).toEqual([
      { label: 'Nov 2026', value: 75 },
      { label: 'Dec 2026', value: null },
    ]);
    expect(JSON.stringify(spec.layer)).toContain('"target":100');
    // A month with no figure keeps its place on the axis.
    expect(JSON.stringify(spec.layer)).toContain('"domain":["Nov 2026","Dec 2026"]');
    expect(spec.description).toContain('Target 100%');
    expect(spec.description).toContain('December 2026: no figures');
  });

  it('draws several series as grouped bars, one row per month and series, each in its own colour', () => {
    const spec = FIGURES.notifications.chart({
      ...head,
      months: [{ month: '2026-12', due: 9, sent: 7, failed: 2, notDelivered: 1, fellBackToLetter: 1 }],
    });
    expect(spec.data.values).toEqual([
      { label: 'Dec 2026', series: 'Failed', value: 2 },
      { label: 'Dec 2026', series: 'Not delivered', value: 1 },
      { label: 'Dec 2026', series: 'Fell back to a letter', value: 1 },
    ]);
    const colour = (spec.encoding as { color: { scale: { range: string[] } } }).color.scale.range;
    expect(new Set(colour).size).toBe(3);
  });

  it('gives every figure a month column first and a chart with its own title', () => {
    for (const key of FIGURE_KEYS) {
      expect(FIGURES[key].key).toBe(key);
      expect(FIGURES[key].columns[0].header).toBe('Month');
    }
  });

  it('writes CSV that a spreadsheet reads as text: quoted where needed, no formulas', () => {
    expect(
      toCsv(
        ['Month', 'Sent'],
        [
          ['November 2026', 3],
          ['=HYPERLINK("x")', null],
          ['a, "b"', 0],
        ],
      ),
    ).toBe('Month,Sent\r\nNovember 2026,3\r\n"\'=HYPERLINK(""x"")",\r\n"a, ""b""",0\r\n');
  });
});
