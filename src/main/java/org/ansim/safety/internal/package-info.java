/** The safety module's aggregates, use cases and timers. */
@NullMarked
package org.ansim.safety.internal;

import org.jspecify.annotations.NullMarked;
