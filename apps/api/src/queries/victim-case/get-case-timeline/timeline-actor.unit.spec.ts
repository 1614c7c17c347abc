import { timelineActor } from './timeline-actor';

describe('who did a timeline entry, in words', () => {
  it("names the service's processes from the domain's table, whatever the directory holds", () => {
    expect(timelineActor('notification-worker', 'WORKER', 'Someone Else').name).toBe(
      'The service (sent automatically)',
    );
    expect(timelineActor('notification-planner', 'WORKER', null).name).toBe('The service (planned automatically)');
    expect(timelineActor('retention-job', 'WORKER', null).name).toBe('The service (retention review)');
  });

  it('says "The service" for a process or an event with no actor that the table does not know', () => {
    expect(timelineActor('some-future-job', 'WORKER', null).name).toBe('The service');
    expect(timelineActor('unknown', 'unknown', null).name).toBe('The service');
  });

  it('names staff as the directory does, and gives null (never the id) when it has no name', () => {
    expect(timelineActor('vlo-london', 'VLO', 'Alex Morgan')).toEqual({
      userId: 'vlo-london',
      role: 'VLO',
      name: 'Alex Morgan',
    });
    expect(timelineActor('vlo-gone', 'VLO', null).name).toBeNull();
  });
});
