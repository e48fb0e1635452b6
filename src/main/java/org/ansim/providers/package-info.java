/** The provider network: organisations that deliver services, what they offer, where, how many, how to reach them. */
@org.springframework.modulith.ApplicationModule(displayName = "Providers")
@NullMarked
package org.ansim.providers;

import org.jspecify.annotations.NullMarked;
