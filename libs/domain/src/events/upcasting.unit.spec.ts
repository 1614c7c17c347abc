import {
  EVENT_UPCASTERS,
  EventUpcaster,
  UnknownSchemaVersionError,
  upcastEventData,
  upcasterChainProblems,
} from './upcasting';

/** A made-up history of one event type: v1 had `when`, v2 renamed it `occurredOn`, v3 split the name in personal. */
const RENAME_WHEN: EventUpcaster = {
  type: 'ThingHappened',
  fromVersion: 1,
  upcastData: ({ when, ...rest }) => ({ ...rest, occurredOn: when }),
};
const SPLIT_NAME: EventUpcaster = {
  type: 'ThingHappened',
  fromVersion: 2,
  upcastData: (data) => ({ ...data, nameSplit: true }),
  upcastPersonal: ({ name, ...rest }) => {
    const [givenName, ...family] = String(name).split(' ');
    return { ...rest, givenName, familyName: family.join(' ') };
  },
};
const options = (personalReadable: boolean) => ({
  personalReadable,
  upcasters: [SPLIT_NAME, RENAME_WHEN],
  currentVersions: { ThingHappened: 3 },
});

describe('upcasting stored events to the current shape', () => {
  it('runs every upcaster from the stored version to the current one, in order', () => {
    const stored = { thingId: 't-1', when: '2019-04-01', personal: { name: 'Jane Example', phone: '0113 496 0301' } };
    expect(upcastEventData('ThingHappened', 1, stored, options(true))).toEqual({
      version: 3,
      data: {
        thingId: 't-1',
        occurredOn: '2019-04-01',
        nameSplit: true,
        personal: { givenName: 'Jane', familyName: 'Example', phone: '0113 496 0301' },
      },
    });
    expect(upcastEventData('ThingHappened', 2, { thingId: 't-2', occurredOn: '2020-01-01' }, options(true))).toEqual({
      version: 3,
      data: { thingId: 't-2', occurredOn: '2020-01-01', nameSplit: true },
    });
  });

  it('leaves an encrypted personal part alone for readers that never read it', () => {
    const encrypted = { alg: 'A256GCM', ciphertext: 'opaque' };
    expect(
      upcastEventData('ThingHappened', 1, { when: '2019-04-01', personal: encrypted }, options(false)).data,
    ).toEqual({
      occurredOn: '2019-04-01',
      nameSplit: true,
      personal: encrypted,
    });
  });

  it('passes the current version and unknown types through untouched', () => {
    const data = { occurredOn: '2021-01-01' };
    expect(upcastEventData('ThingHappened', 3, data, options(true)).data).toBe(data);
    expect(upcastEventData('SomethingElse', 7, data, options(true))).toEqual({ data, version: 7 });
  });

  it('refuses a version newer than this release knows, and a gap in the chain', () => {
    expect(() => upcastEventData('ThingHappened', 4, {}, options(true))).toThrow(UnknownSchemaVersionError);
    expect(() => upcastEventData('ThingHappened', 4, {}, options(true))).toThrow('written by a newer release');
    expect(() => upcastEventData('ThingHappened', 1, {}, { ...options(true), upcasters: [SPLIT_NAME] })).toThrow(
      'no upcaster to version 2',
    );
  });

  it('finds gaps, duplicates and strays in a set of upcasters', () => {
    expect(upcasterChainProblems([RENAME_WHEN, SPLIT_NAME], { ThingHappened: 3 })).toEqual([]);
    expect(upcasterChainProblems([SPLIT_NAME, SPLIT_NAME], { ThingHappened: 3 })).toEqual([
      'ThingHappened: no upcaster(s) from version 1',
      'ThingHappened: 2 upcaster(s) from version 2',
    ]);
    expect(upcasterChainProblems([{ type: 'ThingHappened', fromVersion: 3 }], { ThingHappened: 3 })).toContain(
      'ThingHappened: upcaster from version 3 is outside 1..2',
    );
  });

  it("the service's own upcasters take every event type from version 1 to its current version", () => {
    expect(upcasterChainProblems(EVENT_UPCASTERS)).toEqual([]);
  });
});
