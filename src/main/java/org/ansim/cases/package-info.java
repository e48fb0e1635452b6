/** The case: its number, lifecycle, assignment, first-contact deadline, timeline, and who may see it. */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
@NullMarked
package org.ansim.cases;

import org.jspecify.annotations.NullMarked;
