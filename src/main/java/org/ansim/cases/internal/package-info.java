/** The case aggregate, its numbering, deadlines, timeline and use cases; other modules use the root types only. */
@NullMarked
package org.ansim.cases.internal;

import org.jspecify.annotations.NullMarked;
