export * from './data-source';
export * from './migrations';
export * from './projection';
export * from './stream-catalogue/stream-catalogue.entity';
export * from './stream-catalogue/stream-catalogue.projection';
export * from './areas';
export * from './read-model-area';
export * from './stream-catalogue/stream-catalogue.area';
