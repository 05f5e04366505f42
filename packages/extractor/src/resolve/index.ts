export { resolveWithinDocument } from './local';
export { EntityResolver, type ResolverOptions } from './resolver';
export { makeNameResolver, type NameResolver } from './lookup';
export {
  nameKey,
  canonicalName,
  surnameOf,
  abbreviates,
  shortensOrganization,
  compatibleTypes,
} from './names';
