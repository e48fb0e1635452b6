/**
 * Live alerts: every SOS, missed arrival, device, order-expiry and referral alert, its sequence, the SSE stream with
 * replay, fan-out to every node through PostgreSQL LISTEN/NOTIFY, acknowledgement and closing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts")
@NullMarked
package org.ansim.alerts;

import org.jspecify.annotations.NullMarked;
