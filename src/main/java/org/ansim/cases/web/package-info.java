/** The case pages and the staff JSON API: thin controllers over the module's use cases. */
@NullMarked
package org.ansim.cases.web;

import org.jspecify.annotations.NullMarked;
