/** The provider entry, its rules and the use cases that keep the directory; other modules use the root types. */
@NullMarked
package org.ansim.providers.internal;

import org.jspecify.annotations.NullMarked;
