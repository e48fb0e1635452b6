/** The safety module's HTTP faces: the phone's API, the device gateway's, the case tab and the console's panel. */
@NullMarked
package org.ansim.safety.web;

import org.jspecify.annotations.NullMarked;
