/**
 * Protective orders (Stalking Punishment Act): police emergency measures and their judge's approval, court
 * provisional measures, victim protection orders; their limits, extensions, expiry warnings and violations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package org.ansim.orders;
