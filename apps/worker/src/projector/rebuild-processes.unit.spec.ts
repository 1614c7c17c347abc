import { allProjections } from '@vcs/read-models';
import { splitForProcesses } from './rebuild-processes';

describe('splitting a rebuild across processes', () => {
  // Only names and flags are read here: no projection is applied, so no key is ever asked for.
  const noKeysAskedFor = {
    find: () => Promise.reject(new Error('not used')),
    findMany: () => Promise.reject(new Error('not used')),
  };
  const projections = allProjections({ pseudonymKey: 'split-test', dataKeys: noKeysAskedFor });
  const readsPersonalData = (name: string) => {
    const projection = projections.find((p) => p.name === name);
    return !!projection && projection.readsPersonalData !== false;
  };

  it('puts every projection in exactly one group, and all that decrypt in the same one', () => {
    const groups = splitForProcesses(projections, 2).map((group) => group.map((p) => p.name));

    expect(groups).toHaveLength(2);
    expect(groups.flat().sort()).toEqual(projections.map((p) => p.name).sort());
    const decrypting = groups.filter((group) => group.some(readsPersonalData));
    expect(decrypting).toHaveLength(1);
    expect(
      groups
        .flat()
        .filter(readsPersonalData)
        .every((name) => decrypting[0].includes(name)),
    ).toBe(true);
  });

  it('keeps one group for one process or one projection', () => {
    expect(splitForProcesses(projections, 1)).toEqual([projections]);
    expect(splitForProcesses(projections.slice(0, 1), 2)).toEqual([projections.slice(0, 1)]);
  });
});
