/** Sealed values: encryption at rest, reveal with a reason (audited), keyed hashes for matching, key rotation. */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.ansim.privacy;
