/** The plan's services, provider referrals and sessions, their rules and use cases; other modules use the root. */
@NullMarked
package org.ansim.services.internal;

import org.jspecify.annotations.NullMarked;
