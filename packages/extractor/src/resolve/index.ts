export { resolveWithinDocument } from './local';
export { EntityResolver, type ResolverOptions } from './resolver';
export { nameKey, canonicalName, surnameOf, abbreviates, shortensOrganization, compatibleTypes } from './names';
