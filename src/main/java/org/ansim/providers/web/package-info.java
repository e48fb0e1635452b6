/** The provider directory's page and API for administrators and unit leads. */
@NullMarked
package org.ansim.providers.web;

import org.jspecify.annotations.NullMarked;
