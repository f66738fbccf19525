/**
 * The registry's manifest and the compatibility check between two of them. Names are the contract between
 * deployments: a {@link io.github.objectregistry.manifest.RegistryManifest} records every name with its kind,
 * target, aliases, version and the JSON Schema of its config, and
 * {@link io.github.objectregistry.manifest.RegistryCompatibility} tells whether a new build still reads what an
 * old one wrote. Depends on Jackson 3 and the victools JSON Schema generator; not on Spring.
 */
package io.github.objectregistry.manifest;
