/** The alert aggregate, its storage, the use cases, the stream and the cross-node listener. */
@NullMarked
package org.ansim.alerts.internal;

import org.jspecify.annotations.NullMarked;
