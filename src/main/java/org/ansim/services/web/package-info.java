/** The plan tab, the provider inbox and delivery forms, and the services API: thin controllers over the use cases. */
@NullMarked
package org.ansim.services.web;

import org.jspecify.annotations.NullMarked;
