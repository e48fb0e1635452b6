/** Organisations, staff, roles, sign-in with a second factor, lock-out and machine-client keys. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.ansim.identity;
