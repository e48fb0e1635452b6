/** The settings' storage, rules and use cases; reached by other modules only through the module's root types. */
@NullMarked
package org.ansim.settings.internal;

import org.jspecify.annotations.NullMarked;
