export * from './victim-case.entities';
export * from './victim-case-view.projection';
export * from './case-timeline.projection';
export * from './plain-words';
export * from './victim-case.area';
export * from './victim-case-sealing';
export * from './staff-mention';
