/** The settings' admin pages and JSON API: thin controllers over the module's use cases and catalogue. */
@NullMarked
package org.ansim.settings.web;

import org.jspecify.annotations.NullMarked;
