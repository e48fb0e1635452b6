/** The conference module's rules, use cases and read models; other modules use the root package only. */
@org.jspecify.annotations.NullMarked
package org.ansim.conference.internal;
