// Door of cross-article entity linking: one global identity per person, organization and place.

export { EntityRegistry, type GlobalEntity, personName } from './registry.js';
