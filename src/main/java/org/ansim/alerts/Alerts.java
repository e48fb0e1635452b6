package org.ansim.alerts;

import java.util.Optional;

/** The one way other modules raise and look up alerts. */
public interface Alerts {

    /**
     * Raises an alert in the caller's transaction: it is stored, and every node's consoles are told, only if the
     * caller's transaction commits (an SOS and its alert commit together). Idempotent on
     * {@link RaiseAlert#sourceKey()}: a second raise with the same key returns the first alert's id and raises
     * nothing.
     */
    AlertId raise(RaiseAlert command);

    Optional<AlertView> find(AlertId id);

    /**
     * The victim called off what raised the alert (her SOS, with her cancel PIN), in the caller's transaction: an alert
     * not yet closed is closed as {@link AlertOutcome#CANCELLED_BY_VICTIM}, stops climbing its escalation ladder and
     * leaves the consoles; a closed one is left as it is.
     */
    void cancelledByVictim(AlertId id);
}
