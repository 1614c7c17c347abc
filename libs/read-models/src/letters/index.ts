export * from './letters.entities';
export * from './letters.projection';
export * from './letters.area';
