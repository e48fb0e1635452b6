/**
 * The victim's safety: her enrolled phone (SOS, cancel and duress PINs, safe return home with its durable timer) and
 * the devices in her home (emergency bell, smart doorbell, home CCTV, safe delivery box).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety")
@NullMarked
package org.ansim.safety;

import org.jspecify.annotations.NullMarked;
